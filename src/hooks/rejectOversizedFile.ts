import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { labelsFor } from '@/i18n/labels'

import { fieldError } from './fieldError'

// the upload field is no field of the collection's config, so it brings its own label
const fileRefusal = (
  req: PayloadRequest,
  collection: CollectionSlug,
  key: string,
  values: Record<string, unknown>,
  status?: number,
) =>
  fieldError(req, {
    collection,
    path: 'file',
    namespace: 'admin',
    key,
    values,
    label: labelsFor('admin', 'upload.file'),
    status,
  })

/**
 * `upload.limits.fileSize` only bounds HTTP uploads as they are parsed, and for all
 * collections at once; this holds each collection to its own limit, also through the local
 * API, and answers in the admin's language beside the file.
 */
export const rejectFilesLargerThan =
  <Slug extends CollectionSlug>(maxBytes: number): CollectionBeforeOperationHook<Slug> =>
  ({ args, collection, operation, req }) => {
    if (
      (operation === 'create' || operation === 'update') &&
      req.file &&
      req.file.size > maxBytes
    ) {
      throw fileRefusal(
        req,
        collection.slug,
        'upload.tooLarge',
        { max: maxBytes / 1024 / 1024 },
        413,
      )
    }
    return args
  }

/**
 * Refuses a file whose name, declared type or content is not one of the accepted kinds, with a
 * message listing them in the reader's language. Payload checks the content against `mimeTypes`
 * too, but answers in English ("File type text/plain … is not allowed") with nothing a person
 * can act on, so the content is looked at here first, the same way Payload does (file-type).
 */
export const rejectFileTypes =
  <Slug extends CollectionSlug>(
    mimeTypes: string[],
    extensions: string[],
  ): CollectionBeforeOperationHook<Slug> =>
  async ({ args, collection, operation, req }) => {
    if ((operation === 'create' || operation === 'update') && req.file) {
      const extension = req.file.name.split('.').pop()?.toLowerCase() ?? ''
      const declared = extensions.includes(extension) && mimeTypes.includes(req.file.mimetype)
      if (!declared || !(await contentIsOneOf(req.file, mimeTypes))) {
        const allowed = extensions.map((value) => value.toUpperCase()).join(', ')
        throw fileRefusal(req, collection.slug, 'upload.wrongType', { allowed })
      }
    }
    return args
  }

async function contentIsOneOf(
  file: NonNullable<PayloadRequest['file']>,
  mimeTypes: string[],
): Promise<boolean> {
  const { fileTypeFromBuffer, fileTypeFromFile } = await import('file-type')
  const detected =
    file.data && file.data.length > 0
      ? await fileTypeFromBuffer(file.data)
      : file.tempFilePath
        ? await fileTypeFromFile(file.tempFilePath)
        : undefined
  return Boolean(detected && mimeTypes.includes(detected.mime))
}

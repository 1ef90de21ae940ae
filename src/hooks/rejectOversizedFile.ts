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
 * Refuses a file whose name or declared type is not one of the accepted kinds, with a message
 * listing them, before Payload looks at its content (which it checks against `mimeTypes` too).
 */
export const rejectFileTypes =
  <Slug extends CollectionSlug>(
    mimeTypes: string[],
    extensions: string[],
  ): CollectionBeforeOperationHook<Slug> =>
  ({ args, collection, operation, req }) => {
    if ((operation === 'create' || operation === 'update') && req.file) {
      const extension = req.file.name.split('.').pop()?.toLowerCase() ?? ''
      if (!extensions.includes(extension) || !mimeTypes.includes(req.file.mimetype)) {
        const allowed = extensions.map((value) => value.toUpperCase()).join(', ')
        throw fileRefusal(req, collection.slug, 'upload.wrongType', { allowed })
      }
    }
    return args
  }

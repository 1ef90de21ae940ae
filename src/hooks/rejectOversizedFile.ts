import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'

/**
 * `upload.limits.fileSize` only bounds HTTP uploads as they are parsed, and for all
 * collections at once; this holds each collection to its own limit, also through the local
 * API, and answers in the admin's language.
 */
export const rejectFilesLargerThan =
  <Slug extends CollectionSlug>(maxBytes: number): CollectionBeforeOperationHook<Slug> =>
  ({ args, operation, req }) => {
    if ((operation === 'create' || operation === 'update') && req.file && req.file.size > maxBytes) {
      throw new APIError(getT(requestLocale(req), 'admin')('upload.tooLarge', { max: maxBytes / 1024 / 1024 }), 413, null, true)
    }
    return args
  }

/**
 * Refuses a file whose name or declared type is not one of the accepted kinds, with a message
 * listing them, before Payload looks at its content (which it checks against `mimeTypes` too).
 */
export const rejectFileTypes =
  <Slug extends CollectionSlug>(mimeTypes: string[], extensions: string[]): CollectionBeforeOperationHook<Slug> =>
  ({ args, operation, req }) => {
    if ((operation === 'create' || operation === 'update') && req.file) {
      const extension = req.file.name.split('.').pop()?.toLowerCase() ?? ''
      if (!extensions.includes(extension) || !mimeTypes.includes(req.file.mimetype)) {
        const allowed = extensions.map((value) => value.toUpperCase()).join(', ')
        throw new APIError(getT(requestLocale(req), 'admin')('upload.wrongType', { allowed }), 400, null, true)
      }
    }
    return args
  }

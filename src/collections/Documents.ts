import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { canUpload } from '@/access/canUpload'
import { uploaderOrEditor } from '@/access/uploaderOrEditor'
import { rejectFilesLargerThan, rejectFileTypes } from '@/hooks/rejectOversizedFile'
import { labelsFor } from '@/i18n/labels'
import { uploadedByField } from '@/fields/uploadedBy'
import { title } from '@/fields/title'

import { adminGroups } from './groups'

const documentMimeTypes = ['application/pdf']
const documentExtensions = ['pdf']

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

/** Public PDF attachments of good-practice case studies (reports, evaluations, leaflets). */
export const Documents: CollectionConfig<'documents'> = {
  slug: 'documents',
  labels: {
    singular: labelsFor('goodPractice', 'fields.document'),
    plural: labelsFor('goodPractice', 'fields.documents'),
  },
  admin: {
    group: adminGroups.registry,
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'updatedAt'],
  },
  access: { read: anyone, create: canUpload, update: uploaderOrEditor, delete: uploaderOrEditor },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.DOCUMENTS_DIR || 'data/documents'),
    mimeTypes: documentMimeTypes,
  },
  hooks: {
    // refused with the accepted kinds named, in the admin's language, before Payload's own check
    beforeOperation: [
      rejectFileTypes(documentMimeTypes, documentExtensions),
      rejectFilesLargerThan(MAX_DOCUMENT_BYTES),
    ],
  },
  fields: [title(labelsFor('goodPractice', 'fields.title'), { maxLength: 300 }), uploadedByField()],
}

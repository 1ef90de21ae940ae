import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { canUpload } from '@/access/canUpload'
import { mediaReadable, uploaderReadable } from '@/access/mediaReadable'
import { ownMediaFilter } from '@/access/ownMediaFilter'
import { serverOnly } from '@/access/privateField'
import { uploaderOrEditor } from '@/access/uploaderOrEditor'
import { rejectFilesLargerThan, rejectFileTypes } from '@/hooks/rejectOversizedFile'
import { labelsFor } from '@/i18n/labels'
import { uploadedByField } from '@/fields/uploadedBy'

import { adminGroups } from './groups'

const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp']
const imageExtensions = ['jpg', 'jpeg', 'png', 'webp']

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024

/** Public images: organisation logos and centre photos. Private files get their own collection. */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: labelsFor('admin', 'collections.media.singular'),
    plural: labelsFor('admin', 'collections.media.plural'),
  },
  admin: {
    group: adminGroups.registry,
    useAsTitle: 'alt',
    baseFilter: ownMediaFilter,
    defaultColumns: ['alt', 'filename', 'updatedAt'],
  },
  access: {
    read: mediaReadable,
    create: canUpload,
    update: uploaderOrEditor,
    delete: uploaderOrEditor,
  },
  upload: {
    staticDir: path.resolve(process.cwd(), process.env.MEDIA_DIR || 'data/media'),
    mimeTypes: imageMimeTypes,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
    // refused with the accepted kinds named, in the admin's language, before Payload's own check
    beforeOperation: [
      rejectFileTypes(imageMimeTypes, imageExtensions),
      rejectFilesLargerThan(MAX_IMAGE_BYTES),
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: labelsFor('admin', 'media.alt'),
    },
    uploadedByField({ read: uploaderReadable }),
    {
      // kept in step by `refreshMediaUse` whenever a record using the image is saved or deleted
      name: 'publicUse',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { hidden: true },
      access: { read: serverOnly, create: serverOnly, update: serverOnly },
    },
    {
      name: 'usedBy',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      index: true,
      admin: { hidden: true },
      access: { read: serverOnly, create: serverOnly, update: serverOnly },
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditorOrAbove } from '@/access/isEditorOrAbove'

/** Taxonomies are public reference data that editors curate. */
export const taxonomyAccess: CollectionConfig['access'] = {
  read: anyone,
  create: isEditorOrAbove,
  update: isEditorOrAbove,
  delete: isEditorOrAbove,
}

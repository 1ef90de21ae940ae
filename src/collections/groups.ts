import type { AdminLabel } from '@/fields/labels'
import { labelsFor } from '@/i18n/labels'

/** Admin sidebar groups, in the four interface languages. */
export const adminGroups = {
  registry: labelsFor('admin', 'groups.registry'),
  taxonomies: labelsFor('admin', 'groups.taxonomies'),
  accounts: labelsFor('admin', 'groups.accounts'),
} satisfies Record<string, AdminLabel>

import type { AdminLabel } from '@/fields/labels'

/** Admin sidebar groups, in the four interface languages. */
export const adminGroups = {
  registry: { sk: 'Register', cs: 'Registr', hu: 'Nyilvántartás', en: 'Registry' },
  taxonomies: { sk: 'Číselníky', cs: 'Číselníky', hu: 'Szótárak', en: 'Taxonomies' },
  accounts: { sk: 'Účty', cs: 'Účty', hu: 'Fiókok', en: 'Accounts' },
} satisfies Record<string, AdminLabel>

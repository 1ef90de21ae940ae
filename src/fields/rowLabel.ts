import type { ArrayField } from 'payload'

import type { AdminLabel } from '@/fields/labels'

/** One piece of a row's name: a field of the row, a date of it, or the title of what it links. */
export type RowLabelPart = {
  field: string
  kind?: 'date'
  /** a relationship's collection: the row shows the linked document's title */
  relationTo?: string
  /** that document's title field (default `name`) */
  titleField?: string
  /** a select's options: the row shows the chosen option's label */
  options?: { value: string; label: Record<string, string> }[]
  /** what stands between this part and the one before (default " · ", " – " between dates) */
  before?: string
}

/**
 * An array whose rows are named by their content, with its translated singular as the fallback
 * ("Otázka 01") — Payload names rows "<singular> 01" and its add button "Add <singular>", both in
 * English unless the array has translated `labels`, so they are required here.
 *
 * Payload words the add button "Přidat {{label}}" with `labels.singular`, where the nominative
 * reads "Přidat Otázka": `adding` is the singular as that sentence needs it (the accusative in
 * Slovak and Czech, "otázku"), and the rows keep the nominative through their RowLabel.
 */
export function namedRows<T extends ArrayField>(
  field: T & { labels: NonNullable<ArrayField['labels']> },
  show: RowLabelPart[],
  adding?: AdminLabel,
): T {
  return {
    ...field,
    ...(adding ? { labels: { ...field.labels, singular: adding } } : {}),
    admin: {
      ...field.admin,
      components: {
        ...field.admin?.components,
        RowLabel: {
          path: '/components/admin/RowLabel#RowLabel',
          clientProps: { show, singular: field.labels.singular },
        },
      },
    },
  }
}

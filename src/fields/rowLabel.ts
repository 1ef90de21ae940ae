import type { ArrayField } from 'payload'

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
 * `adds` names the array's entry in `admin.json`'s `addRow`: the noun as the add button needs it.
 * Payload writes the button as "Přidat {{label}}" / "Pridať {{label}}" / "{{label}} hozzáadása"
 * from the singular, which is the accusative in Czech and Slovak ("Přidat otázku", not "Přidat
 * Otázka"), and its translations cannot decline a label. Its own array field takes `labels` as a
 * prop before the field's, so it is the field's component here with that form as the singular
 * (which Payload also uses in "requires at least 1 …"; the rows keep theirs through RowLabel).
 */
export function namedRows<T extends ArrayField>(
  field: T & { labels: NonNullable<ArrayField['labels']> },
  show: RowLabelPart[],
  // the accusative for the add button (admin.json `addRow`): handing Payload's ArrayField the
  // form as a prop left a coordinator's new attendance rows without inputs, so it waits for a
  // supported way (see issue 15)
  _adds: string,
): T {
  return {
    ...field,
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

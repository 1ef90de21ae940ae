import { type Field, type RowField, slugField } from 'payload'

import { labelsFor } from '@/i18n/labels'
import { slugify } from '@/utilities/slugify'

/**
 * Payload's slug field made from `useAsSlug`, with our slugify and a label in the admin's
 * language (Payload's own has none, so the admin shows the field's name: "Slug").
 */
export const slug = (useAsSlug: string): RowField =>
  slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => slugify(valueToSlugify),
    overrides: (row) => ({
      ...row,
      fields: row.fields.map((field: Field) =>
        'name' in field && field.name === 'slug'
          ? ({
              ...field,
              label: labelsFor('admin', 'fields.slug'),
              admin: { ...field.admin, description: labelsFor('admin', 'fields.slugHint') },
            } as Field)
          : field,
      ),
    }),
  })

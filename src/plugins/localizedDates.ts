import type { Config, Field, Plugin } from 'payload'

import { adminDateTimeFormat, adminDayFormat } from '@/i18n/adminDates'

/** date-fns localized tokens for each picker: the locale of the admin's language fills them in. */
const formats: Record<string, { displayFormat: string; timeFormat?: string }> = {
  dayOnly: { displayFormat: adminDayFormat },
  default: { displayFormat: adminDayFormat },
  monthOnly: { displayFormat: 'LLLL y' },
  timeOnly: { displayFormat: 'p', timeFormat: 'p' },
  dayAndTime: { displayFormat: adminDateTimeFormat, timeFormat: 'p' },
}

/** Payload's date field, with the picker told the admin's language from its first render. */
const localizedPicker = '/components/admin/LocalizedDateField#LocalizedDateField'

function localize(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'date') {
      const date = field.admin?.date ?? {}
      const chosen = formats[date.pickerAppearance ?? 'default']
      return {
        ...field,
        admin: {
          ...field.admin,
          date: { ...chosen, ...date } as typeof date,
          components: {
            ...field.admin?.components,
            Field: field.admin?.components?.Field ?? localizedPicker,
          },
        },
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: localize(field.fields) } as Field
    }
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: localize(tab.fields) })) }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: localize(block.fields) })),
      }
    }
    return field
  })
}

/**
 * Payload's date pickers default to US patterns (`MMM d, yyy h:mm a`, a 12-hour time list)
 * whatever the admin's language; every date field here shows and reads the language's own way
 * instead (the localized patterns, and a picker that knows the language), unless it chose a
 * pattern or a component itself.
 */
export const localizedDates: Plugin = (config: Config): Config => ({
  ...config,
  admin: { ...config.admin, dateFormat: adminDateTimeFormat },
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: localize(collection.fields),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: localize(global.fields) })),
})

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
 * whatever the admin's language; every date field here shows the language's own way instead,
 * unless it chose a pattern itself.
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

'use client'

import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import { useMemo } from 'react'

import { adminDateLocales, applyOfficeDateFormats } from '@/i18n/adminDates'

applyOfficeDateFormats()

/**
 * Payload's date field with its picker in the admin's language. Payload gives the picker
 * (react-datepicker) its language only as a global default, set in an effect after the first
 * render, so the value a form opens with is written and read the US way (`12/24/2026, 3:08 PM`)
 * on the server and until something re-renders it. Handing the date-fns locale to the picker
 * itself makes `P`/`p` patterns read `24. 12. 2026 15:08` (cs, sk) or `2026. 12. 24. 15:08` (hu)
 * from the first render, and parses what is typed the same way.
 */
export const LocalizedDateField: DateFieldClientComponent = (props) => {
  const { i18n } = useTranslation()
  const locale = adminDateLocales[i18n.language] ?? adminDateLocales.en
  const { field } = props
  const localized = useMemo(() => {
    const date = (field.admin?.date ?? {}) as { overrides?: object }
    return {
      ...field,
      admin: { ...field.admin, date: { ...date, overrides: { ...date.overrides, locale } } },
    } as typeof field
  }, [field, locale])
  return <DateTimeField {...props} field={localized} />
}

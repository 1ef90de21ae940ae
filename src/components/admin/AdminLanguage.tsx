'use client'

import { toast, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useLayoutEffect } from 'react'

import { applyOfficeDateFormats } from '@/i18n/adminDates'

applyOfficeDateFormats()

/**
 * Payload's bulk upload (dropping files on an upload field) announces its result in English,
 * written into its code rather than taken from its translations: these are said again in the
 * admin's language.
 */
const hardCoded: [RegExp, string][] = [
  [/^Successfully saved (\d+) files$/, 'platform:filesSaved'],
  [/^Failed to save (\d+) files$/, 'platform:filesFailed'],
]

let translate = (message: unknown) => message
const wrapped = Symbol.for('platform.translatedToasts')
const toasts = toast as typeof toast & { [wrapped]?: true }
if (!toasts[wrapped]) {
  const { success, error } = toast
  toasts.success = ((message: unknown, data?: unknown) =>
    success(translate(message) as never, data as never)) as typeof toast.success
  toasts.error = ((message: unknown, data?: unknown) =>
    error(translate(message) as never, data as never)) as typeof toast.error
  toasts[wrapped] = true
}

/** Around the whole admin: dates and Payload's untranslated messages in the admin's language. */
export function AdminLanguage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation()
  useLayoutEffect(() => {
    translate = (message) => {
      if (typeof message !== 'string') return message
      for (const [pattern, key] of hardCoded) {
        const match = pattern.exec(message)
        if (match)
          return (t as (key: string, options: object) => string)(key, { count: Number(match[1]) })
      }
      return message
    }
  }, [t])
  return <>{children}</>
}

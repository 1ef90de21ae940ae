'use client'

import { toast, useTranslation } from '@payloadcms/ui'
import { format } from 'date-fns'
import { type ReactNode, useEffect, useLayoutEffect } from 'react'

import { adminDateLocales, applyOfficeDateFormats, adminDateTimeFormat } from '@/i18n/adminDates'

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

/** How Payload's edit-lock notice writes its time: `Intl.DateTimeFormat('en-US', …)`, in its code. */
const US_TIME = /^(\w{3}) (\d{1,2}), (\d{4}), (\d{1,2}):(\d{2})\s(AM|PM)$/
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')

/**
 * Payload's "document locked" notice gives no way to format its "edited since" time, which it
 * writes in US English ("Dec 1, 2026, 3:08 PM") whatever the admin's language: it is written
 * again, the language's way, whenever the notice appears.
 */
function useLocalLockTime(language: string) {
  useEffect(() => {
    const locale = adminDateLocales[language] ?? adminDateLocales.en
    // a live list: looking at it on every change of the page costs next to nothing
    const notices = document.getElementsByClassName('document-locked__content')
    const rewrite = () => {
      for (const notice of notices) {
        // the text node React wrote, changed in place, so React's next update lands here again
        const text = notice.querySelector('p:last-of-type strong')?.firstChild
        const match = text?.nodeType === Node.TEXT_NODE ? US_TIME.exec(text.nodeValue ?? '') : null
        const month = match ? MONTHS.indexOf(match[1]) : -1
        if (!text || !match || month < 0) continue
        const hours = (Number(match[4]) % 12) + (match[6] === 'PM' ? 12 : 0)
        const when = new Date(Number(match[3]), month, Number(match[2]), hours, Number(match[5]))
        text.nodeValue = format(when, adminDateTimeFormat, { locale })
      }
    }
    const observer = new MutationObserver(rewrite)
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    rewrite()
    return () => observer.disconnect()
  }, [language])
}

/** Around the whole admin: dates and Payload's untranslated messages in the admin's language. */
export function AdminLanguage({ children }: { children?: ReactNode }) {
  const { t, i18n } = useTranslation()
  useLocalLockTime(i18n.language)
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

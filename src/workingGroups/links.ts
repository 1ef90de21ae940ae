import { readServerUrl } from '@/config/environment'
import type { Locale } from '@/i18n/locales'

export const groupPath = (locale: Locale, slug: string | null | undefined) => `/${locale}/working-groups/${slug ?? ''}`
export const meetingPath = (locale: Locale, slug: string | null | undefined, meetingId: number | string) =>
  `${groupPath(locale, slug)}/meetings/${meetingId}`
export const absolute = (path: string) => `${readServerUrl()}${path}`


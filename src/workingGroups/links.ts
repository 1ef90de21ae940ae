import { readServerUrl } from '@/config/environment'
import type { Locale } from '@/i18n/locales'

export const groupPath = (locale: Locale, slug: string | null | undefined) =>
  `/${locale}/working-groups/${slug ?? ''}`
export const meetingPath = (
  locale: Locale,
  slug: string | null | undefined,
  meetingId: number | string,
) => `${groupPath(locale, slug)}/meetings/${meetingId}`
/** A material's address on the site: members are sent on to the file, others told why they cannot open it. */
export const materialPath = (
  locale: Locale,
  slug: string | null | undefined,
  materialId: number | string,
) => `${groupPath(locale, slug)}/materials/${materialId}`
export const absolute = (path: string) => `${readServerUrl()}${path}`

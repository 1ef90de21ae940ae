import type { Locale } from '@/i18n/locales'
import { languageName } from '@/i18n/fallback'
import { getT } from '@/i18n/server'

/** Says that the text below is not yet translated into the reader's language, and into which it falls back. */
export function FallbackNotice({ locale, shown }: { locale: Locale; shown: Locale }) {
  if (shown === locale) return null
  const t = getT(locale, 'common')
  return (
    <p className="notice notice--warning" role="note">
      {t('fallback.notice', {
        language: languageName(locale, locale),
        shown: languageName(locale, shown),
      })}
    </p>
  )
}

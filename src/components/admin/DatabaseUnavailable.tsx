import type { DatabaseProblem } from '@/db/health'
import { localeTags, type Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'

/**
 * The admin's whole page while the database does not answer: Payload's own layout cannot
 * render without it, and staff need to know what is wrong rather than see a stack trace.
 */
export function DatabaseUnavailable({
  locale,
  problem,
}: {
  locale: Locale
  problem: DatabaseProblem
}) {
  const t = getT(locale, 'errors')
  return (
    <html lang={localeTags[locale]}>
      <body>
        <main>
          <h1>{t('admin.title')}</h1>
          <p>{t('admin.lead')}</p>
          <p>
            <strong>{t('admin.reason')}:</strong> {t(`admin.${problem}`)}
          </p>
          <p>
            <a href="">{t('admin.retry')}</a>
          </p>
        </main>
      </body>
    </html>
  )
}

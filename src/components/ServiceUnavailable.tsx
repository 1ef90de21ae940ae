import type { Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'

/** In place of a page while the database does not answer (see the [locale] layout). */
export function ServiceUnavailable({ locale }: { locale: Locale }) {
  const t = getT(locale, 'errors')
  return (
    <section className="stack" aria-labelledby="unavailable-heading">
      <h1 id="unavailable-heading">{t('unavailable.title')}</h1>
      <p>{t('unavailable.body')}</p>
      <p>
        {/* a plain link: a new request to the server, with or without JavaScript */}
        <a className="button" href="">
          {t('unavailable.retry')}
        </a>
      </p>
    </section>
  )
}

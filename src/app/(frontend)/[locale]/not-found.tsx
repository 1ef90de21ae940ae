import { defaultLocale } from '@/i18n/locales'
import { getT } from '@/i18n/server'

// Rendered inside the [locale] layout, which only exists for valid locales; Next gives
// not-found components no params, so the text is in the default language.
export default function NotFound() {
  const t = getT(defaultLocale, 'common')
  return (
    <section className="stack">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={`/${defaultLocale}`}>{t('notFound.back')}</a>
      </p>
    </section>
  )
}

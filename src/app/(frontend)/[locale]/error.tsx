'use client'

import cs from '@locales/cs/errors.json'
import en from '@locales/en/errors.json'
import hu from '@locales/hu/errors.json'
import sk from '@locales/sk/errors.json'
import { useParams } from 'next/navigation'

import { defaultLocale, isLocale } from '@/i18n/locales'

const messages = { sk, cs, hu, en }

/**
 * What a visitor sees when a page cannot be built, above all when the database does not
 * answer: a calm explanation in their language instead of Next's bare error text. "Try
 * again" reloads the page from the server, so it works as soon as the database is back.
 */
export default function PageError({ error }: { error: Error & { digest?: string } }) {
  const params = useParams<{ locale?: string }>()
  const locale = isLocale(params?.locale) ? params.locale : defaultLocale
  const t = messages[locale].unavailable
  return (
    <section className="stack" aria-labelledby="error-heading">
      <h1 id="error-heading">{t.title}</h1>
      <p>{t.body}</p>
      <p className="actions">
        {/* a plain link: a full request to the server, with or without JavaScript */}
        <a className="button" href="">
          {t.retry}
        </a>{' '}
        <a href={`/${locale}`}>{t.home}</a>
      </p>
      {error.digest ? (
        <p className="muted">
          {t.reference}: <code>{error.digest}</code>
        </p>
      ) : null}
    </section>
  )
}

'use client'

import cs from '@locales/cs/errors.json'
import en from '@locales/en/errors.json'
import hu from '@locales/hu/errors.json'
import sk from '@locales/sk/errors.json'
import { useParams } from 'next/navigation'

import { ServiceUnavailable } from '@/components/ServiceUnavailable'
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
  return (
    <ServiceUnavailable
      text={messages[locale].unavailable}
      homeHref={`/${locale}`}
      reference={error.digest}
    />
  )
}

'use client'

import { useParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import { ServiceUnavailable, type UnavailableText } from '@/components/ServiceUnavailable'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'

// every page loads this boundary up front: the words come in their own chunk, when needed
const messages: Record<Locale, () => Promise<{ default: { unavailable: UnavailableText } }>> = {
  sk: () => import('@locales/sk/errors.json'),
  cs: () => import('@locales/cs/errors.json'),
  hu: () => import('@locales/hu/errors.json'),
  en: () => import('@locales/en/errors.json'),
}

/**
 * What a visitor sees when a page cannot be built, above all when the database does not
 * answer: a calm explanation in their language instead of Next's bare error text. "Try
 * again" reloads the page from the server, so it works as soon as the database is back.
 */
export default function PageError({ error }: { error: Error & { digest?: string } }) {
  const params = useParams<{ locale?: string }>()
  const locale = isLocale(params?.locale) ? params.locale : defaultLocale
  const [text, setText] = useState<UnavailableText | null>(null)
  useEffect(() => {
    let current = true
    void messages[locale]().then((module) => current && setText(module.default.unavailable))
    return () => {
      current = false
    }
  }, [locale])
  return text ? (
    <ServiceUnavailable text={text} homeHref={`/${locale}`} reference={error.digest} />
  ) : null
}

'use client'

import { usePathname, useSearchParams } from 'next/navigation'

import { type Locale, localeNames, locales } from '@/i18n/locales'

type Props = {
  current: Locale
  label: string
  switchLabels: Record<Locale, string>
  /** the query string to keep ("?q=…&page=2"), '' for none */
  query?: string
}

/**
 * Links to the same page in the other languages. Plain anchors (not next/link) so the whole
 * document, including <html lang>, is rendered anew — and it works without JavaScript.
 */
export function LanguageSwitcher({ current, label, switchLabels, query = '' }: Props) {
  const pathname = usePathname() ?? `/${current}`
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '')
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {localeNames[locale]}
              </span>
            ) : (
              <a
                href={`/${locale}${rest}${query}`}
                hrefLang={locale}
                lang={locale}
                title={switchLabels[locale]}
              >
                {localeNames[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}

/**
 * The switcher keeping the page's query string, so a filtered listing or a search stays what it
 * is in the other language. On a page rendered per request the query is in the HTML; on a
 * prerendered one it is added in the browser (the Suspense fallback is the switcher without it).
 */
export function LanguageSwitcherKeepingQuery(props: Omit<Props, 'query'>) {
  const params = useSearchParams()
  const query = params?.toString() ?? ''
  return <LanguageSwitcher {...props} query={query ? `?${query}` : ''} />
}

import { type Locale, localeNames, locales } from '@/i18n/locales'

type Props = {
  current: Locale
  label: string
  switchLabels: Record<Locale, string>
  /** the page's path, from the proxy's header */
  pathname: string
  /** the query string to keep ("?q=…&page=2"), '' for none */
  query: string
}

/**
 * Links to the same page in the other languages, keeping the query string, so a filtered
 * listing or a search stays what it is in the other language. Plain anchors, drawn on the
 * server: the whole document, including <html lang>, is rendered anew, with or without
 * JavaScript.
 */
export function LanguageSwitcher({ current, label, switchLabels, pathname, query }: Props) {
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

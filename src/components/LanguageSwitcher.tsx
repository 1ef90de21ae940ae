'use client'

import { usePathname } from 'next/navigation'

import { type Locale, localeNames, locales } from '@/i18n/locales'

type Props = { current: Locale; label: string; switchLabels: Record<Locale, string> }

/**
 * Links to the same page in the other languages. Plain anchors (not next/link) so the whole
 * document, including <html lang>, is rendered anew — and it works without JavaScript.
 */
export function LanguageSwitcher({ current, label, switchLabels }: Props) {
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
                href={`/${locale}${rest}`}
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

import Link from 'next/link'

import { getT } from '@/i18n/server'
import { type Locale, localeNames, locales } from '@/i18n/locales'

import { LanguageSwitcher } from './LanguageSwitcher'
import { MainNav } from './MainNav'

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getT(locale, 'common')
  const switchLabels = Object.fromEntries(
    locales.map((other) => [
      other,
      getT(other, 'common')('language.switchTo', { language: localeNames[other] }),
    ]),
  ) as Record<Locale, string>
  const links = [
    { href: `/${locale}`, label: t('nav.home') },
    { href: `/${locale}/centres`, label: t('nav.centres') },
    { href: `/${locale}/organisations`, label: t('nav.organisations') },
    { href: `/${locale}/good-practice`, label: t('nav.goodPractice') },
    { href: `/${locale}/events`, label: t('nav.events') },
    { href: `/${locale}/strategies`, label: t('nav.strategies') },
    { href: `/${locale}/working-groups`, label: t('nav.workingGroups') },
    { href: `/${locale}/search`, label: t('nav.search') },
    { href: `/${locale}/about`, label: t('nav.about') },
    { href: `/${locale}/register`, label: t('nav.register') },
    // members log in on the site; the login page links staff on to the admin
    { href: `/${locale}/login`, label: t('nav.login') },
  ]
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={`/${locale}`} className="site-name">
          {t('site.name')}
        </Link>
        <MainNav label={t('nav.label')} links={links} />
        <LanguageSwitcher current={locale} label={t('language.label')} switchLabels={switchLabels} />
      </div>
    </header>
  )
}

import { logOut } from '@/app/(frontend)/[locale]/login/actions'
import { getT } from '@/i18n/server'
import { type Locale, localeNames, locales } from '@/i18n/locales'
import { splitPagePath } from '@/utilities/pagePath'

import { LanguageSwitcher } from './LanguageSwitcher'
import { MainNav } from './MainNav'

/**
 * The site's header, without client JavaScript. `account` is the signed-in reader: such a page
 * is rendered for them alone (the page cache serves only anonymous readers and the layout
 * vetoes keeping it). `page` is the path and query the reader asked for (`PAGE_PATH_HEADER`).
 */
export function SiteHeader({
  locale,
  account,
  page,
}: {
  locale: Locale
  account: { name: string } | null
  page: string | null
}) {
  const { pathname, query } = splitPagePath(page, `/${locale}`)
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
    ...(account
      ? []
      : [
          { href: `/${locale}/register`, label: t('nav.register') },
          // members log in on the site; the login page links staff on to the admin
          { href: `/${locale}/login`, label: t('nav.login') },
        ]),
  ]
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a href={`/${locale}`} className="site-name">
          {t('site.name')}
        </a>
        <MainNav label={t('nav.label')} links={links} pathname={pathname} />
        {account ? (
          <nav aria-label={t('nav.accountLabel')} className="account-nav">
            <span className="account-nav__name">{t('nav.signedInAs', { name: account.name })}</span>
            <a href={`/${locale}/account`}>{t('nav.account')}</a>
            <form action={logOut.bind(null, locale)}>
              <button type="submit" className="link-button">
                {t('nav.logout')}
              </button>
            </form>
          </nav>
        ) : null}
        <LanguageSwitcher
          current={locale}
          label={t('language.label')}
          switchLabels={switchLabels}
          pathname={pathname}
          query={query}
        />
      </div>
    </header>
  )
}

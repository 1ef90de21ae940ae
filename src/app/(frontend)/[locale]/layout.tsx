import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
import type React from 'react'

import { signedInUser } from '@/account/session'
import { RENDER_HEADER, vetoRender } from '@/cache/pageCache'
import { ServiceUnavailable, type UnavailableText } from '@/components/ServiceUnavailable'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { recentDatabaseProblem } from '@/db/health'
import { locales } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { PAGE_PATH_HEADER } from '@/utilities/pagePath'
import { getPayloadClient } from '@/utilities/payload'
import { routeParams } from '@/i18n/routeParams'

import '../styles.css'

export const dynamicParams = false

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'common')
  return {
    title: { template: `%s · ${t('site.name')}`, default: t('site.name') },
    description: t('site.tagline'),
    applicationName: t('site.name'),
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0b5d5b' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1f1f' },
  ],
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'common')
  // checked here, before any page reads: a failed read inside a page can only be shown by the
  // browser's JavaScript (Next sends an empty error shell), this answer works without it
  const problem = await recentDatabaseProblem()
  const requestHeaders = await headers()
  const { user } = problem
    ? { user: null }
    : { user: await signedInUser(await getPayloadClient(), requestHeaders) }
  // neither a signed-in reader's header nor the notice may be served to others from the page
  // cache (which sends signed-in readers past it anyway: this is the second lock)
  if (problem || user) vetoRender(requestHeaders.get(RENDER_HEADER))
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <SiteHeader
          locale={locale}
          account={user ? { name: user.name || user.email } : null}
          page={requestHeaders.get(PAGE_PATH_HEADER)}
        />
        <main id="main" tabIndex={-1} className="container">
          {problem ? (
            <ServiceUnavailable
              text={
                getT(locale, 'errors')('unavailable', { returnObjects: true }) as UnavailableText
              }
              homeHref={`/${locale}`}
            />
          ) : (
            children
          )}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}

import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { signedInUser } from '@/account/session'
import { getT } from '@/i18n/server'
import { pageMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'

import { safeNext } from '@/utilities/safeNext'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

import { logIn } from './actions'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

// indexed like any public page: members look for it by name, and it shows nobody's data
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'account')
  return pageMetadata(locale, '/login', { title: t('login.title'), description: t('login.intro') })
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const query = await searchParams
  const t = getT(locale, 'account')
  const next = safeNext(locale, Array.isArray(query.next) ? query.next[0] : query.next)
  const payload = await getPayloadClient()
  const user = await signedInUser(payload, await headers())
  if (user) redirect(next)
  const failed = query.error === 'login'
  return (
    <div className="stack narrow">
      <h1>{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      {failed ? (
        <p role="alert" id="login-error" className="field-error">
          {t('login.error')}
        </p>
      ) : null}
      <form action={logIn.bind(null, locale)} className="register-form stack" noValidate={false}>
        <input type="hidden" name="next" value={next} />
        <div className="field">
          <label htmlFor="login-email">{t('login.email')}</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={254}
            aria-describedby={failed ? 'login-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={200}
          />
        </div>
        <button type="submit">{t('login.submit')}</button>
      </form>
      <p className="muted">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the admin is another root layout: a full page load */}
        {t('login.staff')} <a href="/admin">{t('login.admin')}</a>
      </p>
    </div>
  )
}

import type { Metadata } from 'next'

import { getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  return { title: getT(locale, 'register')('verify.title'), robots: { index: false } }
}

/** The link from the verification e-mail lands here. */
export default async function VerifyPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'register')
  const raw = (await searchParams).token
  const token = typeof raw === 'string' && /^[\w-]{10,200}$/.test(raw) ? raw : undefined
  let verified = false
  if (token) {
    try {
      verified = await (await getPayloadClient()).verifyEmail({ collection: 'users', token })
    } catch {
      verified = false
    }
  }
  return (
    <section className="stack" aria-labelledby="verify-heading">
      <h1 id="verify-heading">{t('verify.title')}</h1>
      <p role="status" className="notice">
        {verified ? t('verify.ok') : t('verify.invalid')}
      </p>
    </section>
  )
}

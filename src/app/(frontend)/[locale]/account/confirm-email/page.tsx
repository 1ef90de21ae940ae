import type { Metadata } from 'next'

import { checkEmailChange } from '@/account/emailChange'
import { getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

import { confirmNewEmail } from '../actions'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

const results = ['confirmed', 'expired', 'invalid'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  return {
    title: getT(locale, 'account')('confirmEmail.title'),
    robots: { index: false, follow: false },
  }
}

/**
 * The link from the confirmation mail lands here. Opening it changes nothing; the button does,
 * so a mail scanner that follows links cannot confirm an address on its owner's behalf.
 */
export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'account')
  const query = await searchParams
  const result = results.find((value) => value === query.result)
  const token =
    typeof query.token === 'string' && query.token.length < 2000 ? query.token : undefined
  const check =
    !result && token ? await checkEmailChange(await getPayloadClient(), token) : undefined
  const status = result ?? (check?.status === 'valid' ? undefined : (check?.status ?? 'invalid'))

  return (
    <section className="stack" aria-labelledby="confirm-heading">
      <h1 id="confirm-heading">{t('confirmEmail.title')}</h1>
      {status ? (
        <>
          <p
            role={status === 'confirmed' ? 'status' : 'alert'}
            className={status === 'confirmed' ? 'notice' : 'field-error'}
          >
            {t(`confirmEmail.${status}`)}
          </p>
          <p>
            <a href={`/${locale}/account`}>{t('page.title')}</a>
          </p>
        </>
      ) : (
        <form action={confirmNewEmail.bind(null, locale)} className="stack">
          <p>
            {t('confirmEmail.intro', {
              email: check?.status === 'valid' ? check.change.to : '',
            })}
          </p>
          <input type="hidden" name="token" value={token} />
          <button type="submit">{t('confirmEmail.button')}</button>
        </form>
      )}
    </section>
  )
}

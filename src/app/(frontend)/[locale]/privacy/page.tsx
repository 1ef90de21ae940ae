import type { Metadata } from 'next'

import { LegalPage, legalMetadata } from '@/components/LegalPage'
import { routeParams } from '@/i18n/routeParams'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  return legalMetadata(locale, 'privacy')
}

export default async function Page({ params }: Props) {
  const { locale } = await routeParams(params)
  return <LegalPage locale={locale} kind="privacy" />
}

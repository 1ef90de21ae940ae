import type { Metadata } from 'next'

import { LegalPage, legalMetadata } from '@/components/LegalPage'
import { type Locale } from '@/i18n/locales'
import { routeParams } from '@/i18n/routeParams'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale }
  return legalMetadata(locale, 'accessibility')
}

export default async function Page({ params }: Props) {
  const { locale } = await routeParams(params)
  return <LegalPage locale={locale} kind="accessibility" />
}

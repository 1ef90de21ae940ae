import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { LegalPage, legalMetadata } from '@/components/LegalPage'
import { type Locale, isLocale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale }
  return legalMetadata(locale, 'accessibility')
}

export default async function Page({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return <LegalPage locale={locale} kind="accessibility" />
}

import { getT } from '@/i18n/server'
import { sectionMetadata } from '@/utilities/metadata'
import { routeParams } from '@/i18n/routeParams'

type Props = { params: Promise<{ locale: string }> }

// rendered per request: every response carries its own CSP nonce for Next.js's scripts
export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('about', '/about', { description: 'intro' })

export default async function AboutPage({ params }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'about')
  return (
    <article className="stack prose">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('registry')}</p>
      <p>{t('privacy')}</p>
    </article>
  )
}

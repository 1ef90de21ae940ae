import type { MetadataRoute } from 'next'

import { getT } from '@/i18n/server'
import { defaultLocale } from '@/i18n/locales'

// prerendered at build time: nothing in it depends on the request or the environment, so it is
// also the benchmark's reference for what this build serves without rendering (npm run bench)
export const dynamic = 'force-static'

/** Lets browsers install the site and name it; the start page sends each reader to their language. */
export default function manifest(): MetadataRoute.Manifest {
  const t = getT(defaultLocale, 'common')
  return {
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.tagline'),
    lang: defaultLocale,
    start_url: '/',
    display: 'browser',
    theme_color: '#0b5d5b',
    background_color: '#ffffff',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  }
}

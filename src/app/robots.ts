import type { MetadataRoute } from 'next'

import { readServerUrl } from '@/config/environment'

export const dynamic = 'force-dynamic'

/** Public pages are for everyone; the admin, the API and personal registration links are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/admin', '/api/', '/*/events/registration/', '/*/events/*/registrations'],
      },
    ],
    sitemap: `${readServerUrl()}/sitemap.xml`,
  }
}

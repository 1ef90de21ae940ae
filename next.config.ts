import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // members share materials of up to 20 MB through a form; a little more reaches our own
    // check, which answers with a message in the member's language
    serverActions: { bodySizeLimit: '21mb' },
    proxyClientMaxBodySize: '21mb',
    // Next loads every route's server bundle at start by default; each route handler carries
    // its own copy of Payload and its dependencies (a 3 MB chunk, 6 MB as a string in memory,
    // plus its code), so a public server that never serves the admin or GraphQL held ~100 MB it
    // did not use. A route is loaded on its first request instead (a few hundred ms, once).
    preloadEntriesOnStart: false,
  },
  images: { unoptimized: false, remotePatterns: [] },
  // on every response; the public pages add their Content-Security-Policy in src/proxy.ts
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
          },
        ],
      },
      {
        // the admin and the API are never framed by another site
        source: '/(admin|api)/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: "frame-ancestors 'self'; object-src 'none'; base-uri 'self'",
          },
        ],
      },
    ]
  },
}

const withAdmin = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every response for the reader's colour scheme (`Accept-CH`, `Critical-CH`), for
 * the admin's theme. A critical hint the browser did not send makes Chromium throw the answer
 * away and ask again: every first visit to a public page cost two requests (and an uncached
 * page two renders). Only the admin's pages ask for it.
 */
const COLOUR_SCHEME_HINTS = new Set(['accept-ch', 'critical-ch', 'vary'])
export default {
  ...withAdmin,
  async headers() {
    const rules = (await withAdmin.headers?.()) ?? []
    return rules.flatMap((rule) => {
      const hints = rule.headers.filter(
        (header) =>
          COLOUR_SCHEME_HINTS.has(header.key.toLowerCase()) &&
          header.value === 'Sec-CH-Prefers-Color-Scheme',
      )
      if (hints.length === 0 || rule.source !== '/:path*') return [rule]
      const rest = rule.headers.filter((header) => !hints.includes(header))
      return [
        ...(rest.length > 0 ? [{ ...rule, headers: rest }] : []),
        { ...rule, source: '/admin/:path*', headers: hints },
      ]
    })
  },
} satisfies NextConfig

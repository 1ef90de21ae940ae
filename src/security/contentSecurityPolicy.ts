import { mapTileUrl } from '@/config/map'

/**
 * The public pages' Content-Security-Policy: scripts only from this site and with this
 * response's nonce (Next.js puts it on its own scripts), nothing framed, no plug-ins, and
 * images from this site plus the map's tile server when one is configured.
 */
export function contentSecurityPolicy(
  nonce: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const tiles = mapTileUrl(env)
  const tileOrigin = tiles ? new URL(tiles.replace(/\{[a-z]\}/g, '0')).origin : null
  const development = env.NODE_ENV !== 'production'
  return [
    "default-src 'self'",
    // React's development build evaluates code; production never does
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // inline styles only (React style props, Leaflet positioning); no inline script
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "font-src 'self'",
    `connect-src 'self'${development ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

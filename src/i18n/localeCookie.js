// Plain ESM JavaScript (not TypeScript) so that scripts/server.mjs runs it as it is.

/** The last language chosen on the site: `/` sends its reader there (src/proxy.ts). */
export const LOCALE_COOKIE = 'locale'
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

/**
 * The Set-Cookie value that remembers `locale`, as the proxy's NextResponse writes it; the page
 * cache (src/cache/responseCache.js) answers without the proxy and writes the same.
 * @param {string} locale
 */
export function localeCookieHeader(locale) {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=lax`
}

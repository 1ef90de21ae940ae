import { type NextRequest, NextResponse } from 'next/server'

import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from '@/i18n/localeCookie'
import { isLocale } from '@/i18n/locales'
import { negotiateLocale } from '@/i18n/negotiate'
import { contentSecurityPolicy } from '@/security/contentSecurityPolicy'
import { newNonce } from '@/security/nonce'
import { PAGE_PATH_HEADER, pagePathOf } from '@/utilities/pagePath'

/**
 * Sends a path without a locale to the reader's language: the one they last chose on this
 * site (cookie), else the best match of Accept-Language, else Slovak. Authorization never
 * lives here; Payload's access control does that.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const first = pathname.split('/')[1]
  if (isLocale(first)) {
    // a fresh nonce per response: Next.js reads it from the request's CSP header and puts it
    // on every script it renders (the page cache stamps a fresh one into pages it keeps)
    const nonce = newNonce()
    const policy = contentSecurityPolicy(nonce)
    const requestHeaders = new Headers(request.headers)
    requestHeaders.set('x-nonce', nonce)
    requestHeaders.set('Content-Security-Policy', policy)
    // set, never passed on: a reader's own header of that name must not reach the page
    requestHeaders.set(PAGE_PATH_HEADER, pagePathOf(request.nextUrl))
    const response = NextResponse.next({ request: { headers: requestHeaders } })
    response.headers.set('Content-Security-Policy', policy)
    if (request.cookies.get(LOCALE_COOKIE)?.value !== first) {
      response.cookies.set(LOCALE_COOKIE, first, {
        path: '/',
        maxAge: LOCALE_COOKIE_MAX_AGE,
        sameSite: 'lax',
      })
    }
    return response
  }
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value
  const locale = isLocale(remembered)
    ? remembered
    : negotiateLocale(request.headers.get('accept-language'))
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}${pathname === '/' ? '' : pathname}`
  url.search = search
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language, Cookie')
  return response
}

export const config = {
  // not the admin, the API, Next's own assets or any file with an extension
  matcher: ['/((?!admin|api|_next|.*\\..*).*)'],
}

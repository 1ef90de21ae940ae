import { locales } from '@/i18n/locales'

const onThisSite = new RegExp(`^/(${locales.join('|')})(/[\\w\\-/.%]*)?(\\?[\\w\\-=&%.]*)?$`)

/** Where to go after logging in or a form: a path on this site only, never an open redirect. */
export function safeNext(locale: string, next: unknown): string {
  const value = typeof next === 'string' ? next : ''
  return onThisSite.test(value) ? value : `/${locale}/account`
}

/** The login page, which sends the person back to `next` (checked there by `safeNext`). */
export const loginHref = (locale: string, next: string) =>
  `/${locale}/login?next=${encodeURIComponent(next)}`

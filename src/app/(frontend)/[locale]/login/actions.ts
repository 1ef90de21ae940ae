'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { localeOrDefault } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'
import { emailAddress } from '@/utilities/validation'
import { safeNext } from '@/utilities/safeNext'

async function tokenCookieName() {
  const payload = await getPayloadClient()
  return `${payload.config.cookiePrefix || 'payload'}-token`
}

/**
 * Members log in on the public site (the admin is for staff and representatives): Payload
 * checks the password, counts failed attempts and locks the account; the session is its
 * usual HTTP-only cookie, so the admin and the API recognise it too.
 */
export async function logIn(locale: string, form: FormData) {
  const lang = localeOrDefault(locale)
  const next = safeNext(lang, form.get('next'))
  const email = emailAddress().safeParse(String(form.get('email') ?? ''))
  const password = String(form.get('password') ?? '')
  const back = (error: string) =>
    redirect(`/${lang}/login?error=${error}&next=${encodeURIComponent(next)}`)
  if (!email.success || !password || password.length > 200) back('login')
  const payload = await getPayloadClient()
  let token: string | undefined
  let exp: number | undefined
  try {
    const result = await payload.login({
      collection: 'users',
      data: { email: email.data!, password },
    })
    token = result.token
    exp = result.exp
  } catch {
    back('login')
  }
  if (!token) back('login')
  const store = await cookies()
  store.set(await tokenCookieName(), token!, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure:
      process.env.NODE_ENV === 'production' &&
      (process.env.SERVER_URL ?? '').startsWith('https://'),
    ...(exp ? { expires: new Date(exp * 1000) } : {}),
  })
  redirect(next)
}

export async function logOut(locale: string) {
  const store = await cookies()
  store.delete(await tokenCookieName())
  redirect(`/${localeOrDefault(locale)}`)
}

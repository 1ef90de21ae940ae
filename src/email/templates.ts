import escapeHtml from 'escape-html'

import { readServerUrl } from '@/config/environment'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { Namespace } from '@/i18n/resources'
import type { TFunction } from 'i18next'

/** The language of a user's e-mails: their preference, else the platform's default. */
export const mailLocale = (
  user: { preferredLanguage?: string | null } | null | undefined,
): Locale => (isLocale(user?.preferredLanguage) ? user.preferredLanguage : defaultLocale)

type Link = { href: string; label: string }
/** `choices`: questions answered by one of their links (an RSVP, an action item done), before the main action. */
type Paragraphs = {
  name: string
  lines: string[]
  choices?: { question: string; links: Link[] }[]
  action?: Link
  /** An image attached to the mail under `cid` (a check-in code), shown before the action. */
  image?: { cid: string; alt: string; size: number }
  after?: string[]
}

/** A plain, accessible HTML e-mail; every interpolated value is escaped. */
export function renderEmail(
  locale: Locale,
  { name, lines, choices, action, image, after = [] }: Paragraphs,
): string {
  const t = getT(locale, 'emails')
  const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`
  return [
    `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c2321">`,
    paragraph(t('greeting', { name })),
    ...lines.map(paragraph),
    ...(choices ?? []).map(
      ({ question, links }) =>
        `${paragraph(question)}<p>${links
          .map(
            (link) =>
              `<a href="${escapeHtml(link.href)}" style="display:inline-block;margin-right:.5rem;padding:.5rem 1rem;border:2px solid #0b5d5b;color:#0b5d5b;border-radius:.4rem;text-decoration:none">${escapeHtml(link.label)}</a>`,
          )
          .join('')}</p>`,
    ),
    image
      ? `<p><img src="cid:${escapeHtml(image.cid)}" alt="${escapeHtml(image.alt)}" width="${image.size}" height="${image.size}"></p>`
      : '',
    action
      ? `<p><a href="${escapeHtml(action.href)}" style="display:inline-block;padding:.5rem 1rem;background:#0b5d5b;color:#fff;border-radius:.4rem;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:.875rem">${escapeHtml(action.href)}</p>`
      : '',
    ...after.map(paragraph),
    paragraph(t('signature')),
    '</body></html>',
  ].join('\n')
}

type Person = { name?: string | null; preferredLanguage?: string | null }

/**
 * A mail to one person, in their language: `compose` gets their translations (of `namespace`)
 * and locale, and gives the subject and the paragraphs after the greeting.
 */
export function personalEmail(
  person: Person,
  namespace: Namespace,
  compose: (t: TFunction, locale: Locale) => Omit<Paragraphs, 'name'> & { subject: string },
) {
  const locale = mailLocale(person)
  const { subject, ...paragraphs } = compose(getT(locale, namespace), locale)
  return { subject, html: renderEmail(locale, { name: person.name ?? '', ...paragraphs }) }
}

export function verificationEmail(user: Person, token: string) {
  return personalEmail(user, 'emails', (t, locale) => ({
    subject: t('verify.subject'),
    lines: [t('verify.body')],
    action: {
      href: `${readServerUrl()}/${locale}/register/verify?token=${encodeURIComponent(token)}`,
      label: t('verify.action'),
    },
    after: [t('verify.ignore')],
  }))
}

/**
 * To the owner of an address someone tried to register a second account with: the form
 * answered as for a new registration, so only the owner learns the address is taken.
 */
export function existingAccountEmail(user: Person) {
  return personalEmail(user, 'emails', (t, locale) => ({
    subject: t('existingAccount.subject'),
    lines: [t('existingAccount.body')],
    action: { href: `${readServerUrl()}/admin/forgot`, label: t('existingAccount.action') },
    after: [
      t('existingAccount.login', { url: `${readServerUrl()}/${locale}/login` }),
      t('existingAccount.ignore'),
    ],
  }))
}

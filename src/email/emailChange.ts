import { readServerUrl } from '@/config/environment'

import { personalEmail } from './templates'

type Person = { name?: string | null; preferredLanguage?: string | null }

/** To the new address: the link that makes it the account's address. */
export function emailChangeConfirmation(user: Person, newEmail: string, token: string) {
  return personalEmail(user, 'emails', (t, locale) => ({
    subject: t('emailChange.subject'),
    lines: [t('emailChange.body', { email: newEmail })],
    action: {
      href: `${readServerUrl()}/${locale}/account/confirm-email?token=${encodeURIComponent(token)}`,
      label: t('emailChange.action'),
    },
    after: [t('emailChange.expiry'), t('emailChange.ignore')],
  }))
}

/**
 * To an address that already has an account, instead of a link: the person who asked learns
 * nothing from the answer, the owner of the address learns of the attempt.
 */
export function emailTakenNotice(owner: Person) {
  return personalEmail(owner, 'emails', (t) => ({
    subject: t('emailTaken.subject'),
    lines: [t('emailTaken.body')],
    after: [t('emailTaken.ignore')],
  }))
}

/** To the old address once the change took effect, so a hijacked account does not go unnoticed. */
export function emailChangedNotice(user: Person, newEmail: string) {
  return personalEmail(user, 'emails', (t) => ({
    subject: t('emailChanged.subject'),
    lines: [t('emailChanged.body', { email: newEmail })],
    after: [t('emailChanged.notYou')],
  }))
}

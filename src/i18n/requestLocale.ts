import type { PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from './locales'

/** The language of the admin user behind a request, for messages the admin shows them. */
export const requestLocale = (req: Pick<PayloadRequest, 'i18n'> | undefined): Locale =>
  isLocale(req?.i18n?.language) ? req.i18n.language : defaultLocale

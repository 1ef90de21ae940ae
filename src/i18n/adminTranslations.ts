import { locales } from './locales'
import { resources } from './resources'

/**
 * Payload's Hungarian translation leaves these in English ("<No Cím>" in every empty list
 * cell, "Export"); the rest of Payload's sk/cs/hu strings are translated.
 */
const payloadGaps: Partial<
  Record<(typeof locales)[number], Record<string, Record<string, string>>>
> = {
  hu: { general: { noLabel: '<Nincs {{label}}>', export: 'Exportálás' } },
}

/**
 * Our strings for Payload's own i18n (`t('platform:filesSaved')` in admin components), from
 * locales/<lang>/admin.json like every other admin string, and the gaps in Payload's own.
 */
export const adminTranslations = Object.fromEntries(
  locales.map((locale) => [
    locale,
    {
      ...payloadGaps[locale],
      platform: {
        ...resources[locale].admin.toasts,
        uploadFailed: resources[locale].admin.upload.failed,
      },
    },
  ]),
)

import { locales } from './locales'
import { resources } from './resources'

/**
 * Our strings for Payload's own i18n (`t('platform:filesSaved')` in admin components), from
 * locales/<lang>/admin.json like every other admin string.
 */
export const adminTranslations = Object.fromEntries(
  locales.map((locale) => [
    locale,
    { platform: { ...resources[locale].admin.toasts, uploadFailed: resources[locale].admin.upload.failed } },
  ]),
)

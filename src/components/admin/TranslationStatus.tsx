import type { Payload } from 'payload'

import { defaultLocale, isLocale, localeNames } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { User } from '@/payload-types'
import {
  isTranslatedCollection,
  missingLanguages,
  translatedCollections,
} from '@/translations/coverage'

type Props = {
  id?: number | string
  collectionSlug?: string
  payload: Payload
  user?: User | null
  i18n?: { language?: string }
}

/** In a document's sidebar: the languages it still lacks, each a link to edit in that language. */
export async function TranslationStatus({ id, collectionSlug, payload, user, i18n }: Props) {
  if (!id || !isTranslatedCollection(collectionSlug)) return null
  const t = getT(isLocale(i18n?.language) ? i18n.language : defaultLocale, 'admin')
  const doc = await payload.findByID({
    collection: collectionSlug,
    id,
    locale: 'all',
    depth: 0,
    draft: true,
    user,
    overrideAccess: false,
    disableErrors: true,
  } as never)
  if (!doc) return null
  const missing = missingLanguages(
    doc as unknown as Record<string, unknown>,
    translatedCollections[collectionSlug].fields,
  )
  return (
    <div className="field-type translation-status" style={{ marginBottom: '1.5rem' }}>
      <p className="field-label">{t('translations.statusLabel')}</p>
      {missing.length === 0 ? (
        <p>{t('translations.complete')}</p>
      ) : (
        <>
          <p>{t('translations.missingIn')}</p>
          <ul>
            {missing.map((locale) => (
              <li key={locale} data-missing={locale}>
                {localeNames[locale]} —{' '}
                <a href={`/admin/collections/${collectionSlug}/${id}?locale=${locale}`}>
                  {t('translations.translate')}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, Pill, Table } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '@/access/roles'
import { defaultLocale, isLocale, localeNames, locales } from '@/i18n/locales'
import { formatDateTime, getT } from '@/i18n/server'
import type { User } from '@/payload-types'
import { translationQueue } from '@/translations/coverage'
import { tableColumn } from './tableColumn'

/**
 * /admin/translations — the translator's list: documents missing a chosen language, the
 * longest unchanged first, with a link that opens each in that language.
 */
export async function TranslationQueue({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale: adminLocale } = initPageResult
  const { payload, i18n } = req
  const user = req.user as User | null
  const uiLocale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const t = getT(uiLocale, 'admin')
  const requested = Array.isArray(searchParams?.language)
    ? searchParams.language[0]
    : searchParams?.language
  const language = isLocale(requested) ? requested : locales.find((code) => code !== defaultLocale)!
  const allowed = hasRole(user, 'admin', 'editor')
  const entries = allowed && user ? await translationQueue(payload, user, language) : []
  const labelOf = (slug: string) =>
    getTranslation(payload.collections[slug as 'centres'].config.labels.singular, i18n)

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={adminLocale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="collection-list__wrap">
        <header className="list-header">
          <h1 className="list-header__title">{t('translations.title')}</h1>
        </header>
        {!allowed ? (
          <p>{t('translations.forbidden')}</p>
        ) : (
          <>
            <p>{t('translations.intro')}</p>
            <form
              method="get"
              style={{ display: 'flex', gap: '0.5rem', alignItems: 'end', margin: '1rem 0' }}
            >
              <label>
                {t('translations.language')}{' '}
                <select name="language" defaultValue={language}>
                  {locales.map((code) => (
                    <option key={code} value={code}>
                      {localeNames[code]}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="btn btn--style-secondary btn--size-small">
                {t('translations.show')}
              </button>
            </form>
            {entries.length === 0 ? (
              <p>{t('translations.empty')}</p>
            ) : (
              <>
                <p>{t('translations.count', { count: entries.length })}</p>
                <div className="translation-queue">
                  <Table
                    columns={[
                      tableColumn(
                        'document',
                        t('translations.document'),
                        entries.map((entry, index) => (
                          <a
                            key={index}
                            href={`/admin/collections/${entry.collection}/${entry.id}?locale=${language}`}
                          >
                            {entry.title}
                          </a>
                        )),
                      ),
                      tableColumn(
                        'type',
                        t('translations.type'),
                        entries.map((entry) => labelOf(entry.collection)),
                      ),
                      tableColumn(
                        'updated',
                        t('translations.updated'),
                        entries.map((entry, index) => (
                          <time key={index} dateTime={entry.updatedAt}>
                            {formatDateTime(uiLocale, entry.updatedAt)}
                          </time>
                        )),
                      ),
                      tableColumn(
                        'missing',
                        t('translations.missing'),
                        entries.map((entry, index) => (
                          <span
                            key={index}
                            style={{
                              display: 'inline-flex',
                              flexWrap: 'wrap',
                              gap: 'calc(var(--base) / 4)',
                            }}
                          >
                            {entry.missing.map((code) => (
                              <Pill key={code} pillStyle="warning" size="small">
                                {localeNames[code]}
                              </Pill>
                            ))}
                          </span>
                        )),
                      ),
                    ]}
                    data={entries.map((entry) => ({ id: `${entry.collection}/${entry.id}` }))}
                  />
                </div>
              </>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

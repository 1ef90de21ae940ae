import { Pill, Table } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { defaultLocale, isLocale, localeNames, locales } from '@/i18n/locales'
import { formatDateTime } from '@/i18n/server'
import { translationQueue } from '@/translations/coverage'
import { StaffListView } from './StaffListView'
import { tableColumn } from './tableColumn'

/**
 * /admin/translations — the translator's list: documents missing a chosen language, the
 * longest unchanged first, with a link that opens each in that language.
 */
export function TranslationQueue(props: AdminViewServerProps) {
  const { searchParams } = props
  const requested = Array.isArray(searchParams?.language)
    ? searchParams.language[0]
    : searchParams?.language
  const language = isLocale(requested) ? requested : locales.find((code) => code !== defaultLocale)!
  return (
    <StaffListView {...props} textKey="translations">
      {async ({ user, uiLocale, t, labelOf }) => {
        const entries = await translationQueue(props.initPageResult.req.payload, user, language)
        return (
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
        )
      }}
    </StaffListView>
  )
}

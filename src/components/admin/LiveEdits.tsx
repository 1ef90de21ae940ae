import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, Pill, Table } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '@/access/roles'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { formatDateTime, getT } from '@/i18n/server'
import type { User } from '@/payload-types'
import { LIVE_EDIT_DAYS, liveEdits } from '@/registry/liveEdits'
import { idFrom } from '@/utilities/ids'
import { tableColumn } from './tableColumn'

/**
 * /admin/live-edits — representatives' changes to published organisations and centres, which
 * go live without review, newest first, each with a link to Payload's comparison of versions.
 */
export async function LiveEdits({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale: adminLocale } = initPageResult
  const { payload, i18n } = req
  const user = req.user as User | null
  const uiLocale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const t = getT(uiLocale, 'admin')
  const allowed = hasRole(user, 'admin', 'editor')
  // an editor with regions sees those first; `?all=1` widens the list to every region
  const ownRegions = (user?.regions ?? []).map((region) => idFrom(region)!)
  const scoped = ownRegions.length > 0 && searchParams?.all !== '1'
  const rows =
    allowed && user ? await liveEdits(payload, user, scoped ? { regions: ownRegions } : {}) : []
  const regionNames =
    allowed && ownRegions.length > 0
      ? (
          await payload.find({
            collection: 'regions',
            where: { id: { in: ownRegions } },
            pagination: false,
            locale: uiLocale,
            select: { name: true },
            overrideAccess: false,
            user,
          })
        ).docs.map((region) => region.name)
      : []
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
      <Gutter className="collection-list__wrap live-edits">
        <header className="list-header">
          <h1 className="list-header__title">{t('liveEdits.title')}</h1>
        </header>
        {!allowed ? (
          <p>{t('liveEdits.forbidden')}</p>
        ) : (
          <>
            <p>{t('liveEdits.intro', { days: LIVE_EDIT_DAYS })}</p>
            {ownRegions.length > 0 && (
              <p className="live-edits__scope">
                {scoped
                  ? t('liveEdits.scoped', { regions: regionNames.join(', ') })
                  : t('liveEdits.allRegions')}{' '}
                <a href={scoped ? '?all=1' : '?'}>
                  {t(scoped ? 'liveEdits.showAll' : 'liveEdits.onlyMine')}
                </a>
              </p>
            )}
            {rows.length === 0 ? (
              <p>{t('liveEdits.empty', { days: LIVE_EDIT_DAYS })}</p>
            ) : (
              <Table
                columns={[
                  tableColumn(
                    'record',
                    t('liveEdits.record'),
                    rows.map((row, index) => (
                      <a key={index} href={`/admin/collections/${row.slug}/${row.id}`}>
                        {row.name}
                      </a>
                    )),
                  ),
                  tableColumn(
                    'type',
                    t('liveEdits.type'),
                    rows.map((row) => labelOf(row.slug)),
                  ),
                  tableColumn(
                    'editedBy',
                    t('liveEdits.editedBy'),
                    rows.map((row, index) => (
                      <a key={index} href={`/admin/collections/users/${row.editor.id}`}>
                        {row.editor.name}
                      </a>
                    )),
                  ),
                  tableColumn(
                    'editedAt',
                    t('liveEdits.when'),
                    rows.map((row, index) => (
                      <time key={index} dateTime={row.editedAt}>
                        {formatDateTime(uiLocale, row.editedAt)}
                      </time>
                    )),
                  ),
                  tableColumn(
                    'state',
                    t('liveEdits.state'),
                    rows.map((row, index) => (
                      <Pill
                        key={index}
                        pillStyle={row.superseded ? 'light-gray' : 'success'}
                        size="small"
                      >
                        {t(row.superseded ? 'liveEdits.superseded' : 'liveEdits.current')}
                      </Pill>
                    )),
                  ),
                  tableColumn(
                    'compare',
                    t('liveEdits.changes'),
                    rows.map((row, index) => (
                      <a key={index} href={row.compare} data-compare={`${row.slug}/${row.id}`}>
                        {t('liveEdits.compare')}
                      </a>
                    )),
                  ),
                ]}
                data={rows.map((row) => ({ id: `${row.slug}-${row.versionId}` }))}
              />
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

import { Pill, Table } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { formatDateTime } from '@/i18n/server'
import { LIVE_EDIT_DAYS, liveEdits } from '@/registry/liveEdits'
import { RegionScope, regionScopeOf } from './RegionScope'
import { StaffListView } from './StaffListView'
import { tableColumn } from './tableColumn'

/**
 * /admin/live-edits — representatives' changes to published organisations and centres, which
 * go live without review, newest first, each with a link to Payload's comparison of versions.
 */
export function LiveEdits(props: AdminViewServerProps) {
  const { payload } = props.initPageResult.req
  return (
    <StaffListView {...props} className="live-edits" textKey="liveEdits">
      {async ({ user, uiLocale, t, labelOf }) => {
        const scope = regionScopeOf(user, props.searchParams)
        const rows = await liveEdits(payload, user, { regions: scope.regions })
        return (
          <>
            <p>{t('liveEdits.intro', { days: LIVE_EDIT_DAYS })}</p>
            <RegionScope
              {...scope}
              payload={payload}
              user={user}
              uiLocale={uiLocale}
              t={t}
              className="live-edits__scope"
              textKey="liveEdits"
            />
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
        )
      }}
    </StaffListView>
  )
}

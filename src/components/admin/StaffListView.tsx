import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps, CollectionSlug } from 'payload'
import type { ReactNode } from 'react'

import { hasRole } from '@/access/roles'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { User } from '@/payload-types'

type Props = AdminViewServerProps & {
  className?: string
  /** key in locales/<lang>/admin.json: `<key>.title` heads the page, `<key>.forbidden` refuses */
  textKey: string
  children: (view: {
    user: User
    uiLocale: Locale
    t: ReturnType<typeof getT>
    labelOf: (slug: CollectionSlug) => string
  }) => ReactNode | Promise<ReactNode>
}

/**
 * The frame of the editors' own admin pages (live edits, translations): Payload's template and
 * list heading, the admin's language, and the page itself only for editors and administrators.
 */
export async function StaffListView({
  initPageResult,
  params,
  searchParams,
  className,
  textKey,
  children,
}: Props) {
  const { req, visibleEntities, permissions, locale: adminLocale } = initPageResult
  const { payload, i18n } = req
  const user = req.user as User | null
  const uiLocale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const t = getT(uiLocale, 'admin')
  const labelOf = (slug: CollectionSlug) =>
    getTranslation(payload.collections[slug].config.labels.singular, i18n)

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
      <Gutter className={['collection-list__wrap', className].filter(Boolean).join(' ')}>
        <header className="list-header">
          <h1 className="list-header__title">{t(`${textKey}.title`)}</h1>
        </header>
        {user && hasRole(user, 'admin', 'editor') ? (
          await children({ user, uiLocale, t, labelOf })
        ) : (
          <p>{t(`${textKey}.forbidden`)}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { getT } from '@/i18n/server'
import { groupPath, materialPath } from '@/workingGroups/links'
import { session } from '@/account/session'
import { findBySlug } from '@/utilities/findBySlug'
import { routeParams } from '@/i18n/routeParams'
import { loginHref } from '@/utilities/safeNext'

type Props = { params: Promise<{ locale: string; slug: string; id: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  return {
    title: getT(locale, 'workingGroups')('pages.material.title'),
    robots: { index: false, follow: false },
  }
}

/**
 * The address the site gives a material. Members go on to the file (Payload serves it after the
 * collection's read access); anyone else gets a page in their language saying the material is
 * the group's, and whom to ask, instead of the API's 403 in JSON. A material that does not
 * exist answers the same, so the page tells nothing about which ones do.
 */
export default async function MaterialPage({ params }: Props) {
  const { locale, slug, id } = await routeParams(params)
  const t = getT(locale, 'workingGroups')
  const { payload, user } = await session()
  const group = await findBySlug('working-groups', slug, locale, user)
  if (!group) notFound()
  const material = /^[\w-]{1,64}$/.test(id)
    ? (
        await payload
          .find({
            collection: 'materials',
            where: { and: [{ id: { equals: id } }, { workingGroup: { equals: group.id } }] },
            limit: 1,
            depth: 0,
            overrideAccess: false,
            user,
          })
          .catch(() => ({ docs: [] }))
      ).docs[0]
    : undefined
  if (material?.url) redirect(material.url)

  return (
    <section className="stack" aria-labelledby="material-heading">
      <h1 id="material-heading">{t('pages.material.title')}</h1>
      <p className="notice" role="note">
        {t('pages.material.membersOnly', { group: group.name })}
      </p>
      {group.listedPublicly && group.contactEmail ? (
        <p>
          {t('pages.material.contact', { email: '' })}
          <a href={`mailto:${group.contactEmail}`}>{group.contactEmail}</a>
        </p>
      ) : null}
      <p>
        {user ? null : (
          <>
            <a href={loginHref(locale, materialPath(locale, slug, id))}>
              {getT(locale, 'account')('login.title')}
            </a>
            {' · '}
          </>
        )}
        <a href={groupPath(locale, slug)}>{group.name}</a>
      </p>
    </section>
  )
}

import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { idFrom } from '@/utilities/ids'
import { inRegions } from '@/utilities/regionScope'
import type { User } from '@/payload-types'

type ID = number | string
type Slug = 'centres' | 'organisations'

export const LIVE_EDIT_DAYS = 30

export type LiveEdit = {
  slug: Slug
  id: ID
  versionId: ID
  name: string
  editedAt: string
  editor: { id: ID; name: string }
  /** Whether a newer version followed (by anyone): this one is no longer what the public sees. */
  superseded: boolean
  compare: string
}

/**
 * Changes representatives made to published organisations and centres, which go live without
 * review: every version saved while the record was published by someone who is not staff,
 * newest first. Read from the version history, as the editor (overrideAccess false).
 */
export async function liveEdits(
  payload: Payload,
  user: User,
  {
    days = LIVE_EDIT_DAYS,
    limit = 100,
    regions,
  }: {
    days?: number
    limit?: number
    /** only records in these regions (a centre's region; an organisation's seat or work) */
    regions?: ID[]
  } = {},
): Promise<LiveEdit[]> {
  if (!hasRole(user, 'admin', 'editor')) return []
  const since = new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()
  const asEditor = { user, overrideAccess: false, depth: 0 } as const
  const perCollection = await Promise.all(
    (['centres', 'organisations'] as const).map(async (slug) => {
      const { docs } = await payload.findVersions({
        collection: slug,
        where: {
          and: [
            { 'version.status': { equals: 'published' } },
            { 'version.editedBy': { exists: true } },
            { createdAt: { greater_than: since } },
            ...(regions ? [inRegions(slug, regions, 'version.')] : []),
          ],
        },
        sort: '-createdAt',
        limit,
        ...asEditor,
      })
      return docs.map((version) => ({ slug, version }))
    }),
  )
  const versions = perCollection.flat()
  const editorIds = [
    ...new Map(
      versions.map(({ version }) => [
        String(idFrom(version.version.editedBy)),
        idFrom(version.version.editedBy)!,
      ]),
    ).values(),
  ]
  const people = editorIds.length
    ? await payload.find({
        collection: 'users',
        where: { id: { in: editorIds } },
        pagination: false,
        select: { name: true, roles: true },
        ...asEditor,
      })
    : { docs: [] }
  // staff changes need no second look; a representative's do (whatever else they are)
  const representatives = new Map(
    people.docs
      .filter((person) => !hasRole(person, 'admin', 'editor'))
      .map((person) => [String(person.id), person]),
  )
  // a change is still live until the record has a newer version (saved by anyone)
  const newest = new Map<string, ID>()
  await Promise.all(
    (['centres', 'organisations'] as const).map(async (slug) => {
      const parents = [
        ...new Set(
          versions
            .filter((entry) => entry.slug === slug)
            .map(({ version }) => idFrom(version.parent)!),
        ),
      ]
      if (parents.length === 0) return
      const { docs } = await payload.findVersions({
        collection: slug,
        where: { and: [{ parent: { in: parents } }, { createdAt: { greater_than: since } }] },
        sort: '-createdAt',
        pagination: false,
        select: { parent: true, createdAt: true } as never,
        ...asEditor,
      })
      for (const version of docs) {
        const key = `${slug}/${idFrom(version.parent)}`
        if (!newest.has(key)) newest.set(key, version.id)
      }
    }),
  )
  return versions
    .flatMap(({ slug, version }) => {
      const editor = representatives.get(String(idFrom(version.version.editedBy)))
      const parent = idFrom(version.parent)!
      if (!editor) return []
      return [
        {
          slug,
          id: parent,
          versionId: version.id,
          name: version.version.name,
          editedAt: version.createdAt,
          editor: { id: editor.id, name: editor.name },
          superseded: String(newest.get(`${slug}/${parent}`)) !== String(version.id),
          // Payload's version view compares with the version before it
          compare: `/admin/collections/${slug}/${parent}/versions/${version.id}`,
        },
      ]
    })
    .sort((a, b) => b.editedAt.localeCompare(a.editedAt))
    .slice(0, limit)
}

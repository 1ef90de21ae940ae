import type { Payload, Where } from 'payload'

import type { User } from '@/payload-types'
import { byId, type ID, idFrom } from '@/utilities/ids'
import { inRegions, narrowedToRegions } from '@/utilities/regionScope'

type Slug = 'centres' | 'organisations'
export type Applicant = { id: ID; name: string; email: string; verified: boolean }
export type QueueRow = {
  slug: Slug
  id: ID
  name: string
  organisation: ID
  submittedAt: string
  resubmitted?: { compare: string }
  applicants: Applicant[]
}

/**
 * A record that was rejected before and is pending again was submitted again: it was
 * submitted when it last left "rejected", and the editor compares that rejected version with
 * the latest one. Read from the version history, which the collections keep anyway.
 */
async function historyOf(payload: Payload, user: User, slug: Slug, ids: ID[]) {
  const history = new Map<string, { submittedAt: string; compare: string }>()
  if (ids.length === 0) return history
  const { docs } = await payload.findVersions({
    collection: slug,
    where: { parent: { in: ids } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    user,
    overrideAccess: false,
  })
  const byParent = new Map<string, typeof docs>()
  for (const version of docs) {
    const key = String(idFrom(version.parent))
    byParent.set(key, [...(byParent.get(key) ?? []), version])
  }
  for (const [parent, versions] of byParent) {
    const lastRejected = versions.map((v) => v.version.status).lastIndexOf('rejected')
    const again = versions.slice(lastRejected + 1).find((v) => v.version.status === 'pending')
    if (lastRejected < 0 || !again) continue
    const latest = versions[versions.length - 1]
    history.set(parent, {
      submittedAt: again.createdAt,
      compare: `/admin/collections/${slug}/${parent}/versions/${latest.id}?versionFrom=${versions[lastRejected].id}`,
    })
  }
  return history
}

/**
 * What the editors' queue shows: counts per kind, and each pending organisation and centre
 * with its applicants (verified or not), when it was submitted, and whether it was submitted
 * again after a rejection. Read as the editor (overrideAccess false). With `regions`, only
 * what is placed in them (a regional editor's own queue).
 */
export async function moderationQueue(
  payload: Payload,
  user: User,
  { regions }: { regions?: ID[] } = {},
) {
  const scoped = (slug: 'centres' | 'organisations', where: Where) =>
    narrowedToRegions(slug, where, regions)
  const pending = { status: { equals: 'pending' } } as const
  const asEditor = { user, overrideAccess: false, depth: 0 } as const
  const [organisations, centres, requests, caseStudies] = await Promise.all([
    payload.find({
      collection: 'organisations',
      where: scoped('organisations', pending),
      sort: 'createdAt',
      limit: 50,
      select: { name: true, representatives: true, createdAt: true },
      ...asEditor,
    }),
    payload.find({
      collection: 'centres',
      where: scoped('centres', pending),
      sort: 'createdAt',
      limit: 50,
      select: { name: true, organisation: true, createdAt: true },
      ...asEditor,
    }),
    payload.count({
      collection: 'organisations',
      where: scoped('organisations', { pendingRepresentatives: { exists: true } }),
      user,
      overrideAccess: false,
    }),
    // representatives save drafts only, so their latest versions say what waits for review
    payload.findVersions({
      collection: 'case-studies',
      where: {
        and: [
          { latest: { equals: true } },
          { 'version.review.state': { equals: 'submitted' } },
          ...(regions ? [inRegions('case-studies', regions, 'version.')] : []),
        ],
      },
      limit: 1,
      depth: 0,
      user,
      overrideAccess: false,
    }),
  ])

  // the applicants are the representatives of the organisation (of the centre's organisation)
  const centreOrganisationIds = [
    ...new Set(centres.docs.map((centre) => idFrom(centre.organisation))),
  ]
  const [centreOrganisations, organisationHistory, centreHistory] = await Promise.all([
    centreOrganisationIds.length
      ? payload.find({
          collection: 'organisations',
          where: { id: { in: centreOrganisationIds } },
          pagination: false,
          select: { representatives: true },
          ...asEditor,
        })
      : Promise.resolve({ docs: [] }),
    historyOf(
      payload,
      user,
      'organisations',
      organisations.docs.map((doc) => doc.id),
    ),
    historyOf(
      payload,
      user,
      'centres',
      centres.docs.map((doc) => doc.id),
    ),
  ])
  const representativesOf = new Map<string, ID[]>(
    [...organisations.docs, ...centreOrganisations.docs].map((organisation) => [
      String(organisation.id),
      (organisation.representatives ?? []).map((person) => idFrom(person)!),
    ]),
  )
  const applicantIds = [...new Set([...representativesOf.values()].flat())]
  const people = applicantIds.length
    ? await payload.find({
        collection: 'users',
        where: { id: { in: applicantIds } },
        pagination: false,
        select: { name: true, email: true, _verified: true },
        ...asEditor,
      })
    : { docs: [] }
  const person = byId(people.docs)
  const applicantsOf = (organisation: ID): Applicant[] =>
    (representativesOf.get(String(organisation)) ?? []).flatMap((id) => {
      const found = person.get(String(id))
      return found
        ? [{ id, name: found.name, email: found.email, verified: found._verified === true }]
        : []
    })

  const rows: QueueRow[] = [
    ...organisations.docs.map((doc) => ({
      slug: 'organisations' as const,
      id: doc.id,
      name: doc.name,
      organisation: doc.id,
      submittedAt: organisationHistory.get(String(doc.id))?.submittedAt ?? doc.createdAt,
      resubmitted: organisationHistory.get(String(doc.id)),
      applicants: applicantsOf(doc.id),
    })),
    ...centres.docs.map((doc) => ({
      slug: 'centres' as const,
      id: doc.id,
      name: doc.name,
      organisation: idFrom(doc.organisation)!,
      submittedAt: centreHistory.get(String(doc.id))?.submittedAt ?? doc.createdAt,
      resubmitted: centreHistory.get(String(doc.id)),
      applicants: applicantsOf(idFrom(doc.organisation)!),
    })),
  ].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))

  return { organisations, centres, requests, caseStudies, rows }
}

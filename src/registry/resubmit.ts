import type { Endpoint, PayloadRequest, Where } from 'payload'

import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'

type ModeratedSlug = 'centres' | 'organisations'

/**
 * Whether the user may change this record under the collection's own update rule: staff any,
 * a representative only their organisation and its centres. The rule is reused rather than
 * restated so the endpoint cannot drift from what the edit form allows.
 */
async function mayUpdate(req: PayloadRequest, slug: ModeratedSlug, id: number | string) {
  const rule = req.payload.collections[slug].config.access.update
  const verdict = rule ? await rule({ id: id as never, req }) : false
  if (verdict === true) return true
  if (!verdict) return false
  const { totalDocs } = await req.payload.count({
    collection: slug,
    where: { and: [verdict as Where, { id: { equals: id } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * POST /api/<slug>/:id/resubmit — a representative sends their rejected organisation or centre
 * back to the editors: rejected → pending, nothing else. The status field stays editors-only;
 * this is the one narrow way round it. 401 anonymous, 404 unknown or unreadable, 403 someone
 * else's record, 409 not rejected.
 */
export const resubmitEndpoint = (slug: ModeratedSlug): Endpoint => ({
  path: '/:id/resubmit',
  method: 'post',
  handler: async (req) => {
    const t = getT(requestLocale(req), 'admin')
    const fail = (status: number, key: string) =>
      Response.json({ errors: [{ message: t(`moderation.resubmit.${key}`) }] }, { status })
    if (!req.user) return fail(401, 'loginNeeded')
    const id = String(req.routeParams?.id ?? '')
    if (!/^[\w-]{1,64}$/.test(id)) return fail(404, 'notFound')
    const { docs } = await req.payload.find({
      collection: slug,
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      pagination: false,
      select: { status: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    const record = docs[0]
    if (!record) return fail(404, 'notFound')
    if (!(await mayUpdate(req, slug, record.id))) return fail(403, 'forbidden')
    if (record.status !== 'rejected') return fail(409, 'notRejected')
    const doc = await req.payload.update({
      collection: slug,
      id: record.id,
      data: { status: 'pending' },
      depth: 0,
      // the status field is editors-only; the checks above are what stands in for it here
      overrideAccess: true,
      req,
    })
    return Response.json({
      doc: { id: doc.id, status: doc.status },
      message: t('moderation.resubmit.done'),
    })
  },
})

import type { Endpoint } from 'payload'

import { hasRole } from '@/access/roles'
import { queueMail } from '@/email/queue'
import { verificationEmail } from '@/email/templates'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'
import type { User } from '@/payload-types'
import { idFrom } from '@/utilities/ids'

/**
 * POST /api/organisations/:id/resend-verification — an editor who cannot approve an applicant
 * yet (they have not confirmed their e-mail) sends each unconfirmed representative their
 * confirmation link again, in the representative's language. Editors only.
 */
export const resendVerificationEndpoint: Endpoint = {
  path: '/:id/resend-verification',
  method: 'post',
  handler: async (req) => {
    const t = getT(requestLocale(req), 'admin')
    const fail = (status: number, key: string) =>
      Response.json({ errors: [{ message: t(key) }] }, { status })
    if (!req.user) return fail(401, 'moderation.resubmit.loginNeeded')
    if (!hasRole(req.user, 'admin', 'editor')) return fail(403, 'moderation.resubmit.forbidden')
    const id = String(req.routeParams?.id ?? '')
    if (!/^[\w-]{1,64}$/.test(id)) return fail(404, 'moderation.resubmit.notFound')
    const organisation = await req.payload
      .findByID({
        collection: 'organisations',
        id,
        depth: 0,
        select: { representatives: true },
        req,
      })
      .catch(() => null)
    if (!organisation) return fail(404, 'moderation.resubmit.notFound')
    const ids = (organisation.representatives ?? []).map((user) => idFrom(user))
    const { docs } = await req.payload.find({
      collection: 'users',
      where: {
        and: [
          { id: { in: ids } },
          { or: [{ _verified: { equals: false } }, { _verified: { exists: false } }] },
        ],
      },
      depth: 0,
      pagination: false,
      // the token Payload issued at registration stays valid until it is used
      showHiddenFields: true,
      req,
    })
    let sent = 0
    for (const user of docs as (User & { _verificationToken?: string | null })[]) {
      if (!user._verificationToken) continue
      const mail = verificationEmail(user, user._verificationToken)
      await queueMail(req.payload, { to: user.email, subject: mail.subject, html: mail.html }, req)
      sent += 1
    }
    return Response.json({ sent, message: t('moderation.verificationResent', { count: sent }) })
  },
}

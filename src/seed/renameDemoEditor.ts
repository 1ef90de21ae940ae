import type { Payload, PayloadRequest } from 'payload'

import { demoAccounts } from '.'

/**
 * The demo editor was called "Košice Region Editor", which the admin showed in English whatever
 * its language; demo databases made before get the person's name the seed now gives.
 */
export async function renameDemoEditor(payload: Payload, req?: PayloadRequest) {
  const editor = demoAccounts.find((account) => account.roles.includes('editor' as never))!
  const { docs } = await payload.find({
    collection: 'users',
    where: {
      and: [{ email: { equals: editor.email } }, { name: { equals: 'Košice Region Editor' } }],
    },
    limit: 1,
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  if (docs[0])
    await payload.db.updateOne({
      collection: 'users',
      id: docs[0].id,
      data: { name: editor.name },
      req,
    })
}

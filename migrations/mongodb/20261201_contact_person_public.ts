import type { MigrateUpArgs } from '@payloadcms/db-mongodb'

/** Centres saved before the mirror existed take their organisation's current choice. */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { publishContactPersons: { equals: true } },
    depth: 0,
    pagination: false,
    select: {},
    req,
  })
  if (docs.length === 0) return
  await payload.db.updateMany({
    collection: 'centres',
    where: { organisation: { in: docs.map((doc) => doc.id) } },
    data: { contactPersonPublic: true },
    req,
  })
}

export async function down(): Promise<void> {}

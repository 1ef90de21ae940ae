import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { regionBounds } from '../../src/seed/data/regionBounds'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`regions\` ADD \`bounds_south\` numeric;`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`bounds_west\` numeric;`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`bounds_north\` numeric;`)
  await db.run(sql`ALTER TABLE \`regions\` ADD \`bounds_east\` numeric;`)
  // the regions already stored get their box, so their centres' positions are checked at once
  for (const [code, [south, west, north, east]] of Object.entries(regionBounds)) {
    await db.run(
      sql`UPDATE \`regions\` SET \`bounds_south\` = ${south}, \`bounds_west\` = ${west}, \`bounds_north\` = ${north}, \`bounds_east\` = ${east} WHERE \`code\` = ${code};`,
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`regions\` DROP COLUMN \`bounds_south\`;`)
  await db.run(sql`ALTER TABLE \`regions\` DROP COLUMN \`bounds_west\`;`)
  await db.run(sql`ALTER TABLE \`regions\` DROP COLUMN \`bounds_north\`;`)
  await db.run(sql`ALTER TABLE \`regions\` DROP COLUMN \`bounds_east\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { refreshAllMediaUse } from '../../src/hooks/trackMediaUse'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`media_rels_organisations_id_idx\` ON \`media_rels\` (\`organisations_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_use\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_public_use_idx\` ON \`media\` (\`public_use\`);`)
  // images uploaded before read access depended on their use: public where a public record
  // shows them, their organisations' otherwise (inside the migration's transaction, its request)
  await refreshAllMediaUse(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP INDEX \`media_public_use_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_use\`;`)
}

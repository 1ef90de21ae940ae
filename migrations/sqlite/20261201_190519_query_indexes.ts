import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`users_roles_value_idx\` ON \`users_roles\` (\`value\`);`)
  await db.run(sql`CREATE INDEX \`users_name_idx\` ON \`users\` (\`name\`);`)
  await db.run(
    sql`CREATE INDEX \`case_studies_review_review_state_idx\` ON \`case_studies\` (\`review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_case_studies_v_version_review_version_review_state_idx\` ON \`_case_studies_v\` (\`version_review_state\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_languages_value_idx\` ON \`events_languages\` (\`value\`);`,
  )
  await db.run(sql`CREATE INDEX \`events_ends_at_idx\` ON \`events\` (\`ends_at\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_languages_value_idx\` ON \`_events_v_version_languages\` (\`value\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_ends_at_idx\` ON \`_events_v\` (\`version_ends_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`event_registrations_reminder_queued_at_idx\` ON \`event_registrations\` (\`reminder_queued_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`working_groups_name_idx\` ON \`working_groups_locales\` (\`name\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`meetings_action_items_due_date_idx\` ON \`meetings_action_items\` (\`due_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`workingGroup_number_idx\` ON \`meetings\` (\`working_group_id\`,\`number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_meetings_v_version_action_items_due_date_idx\` ON \`_meetings_v_version_action_items\` (\`due_date\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_workingGroup_version_number_idx\` ON \`_meetings_v\` (\`version_working_group_id\`,\`version_number\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`meeting_kind_idx\` ON \`member_notifications\` (\`meeting_id\`,\`kind\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`regions_name_idx\` ON \`regions_locales\` (\`name\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`service_types_name_idx\` ON \`service_types_locales\` (\`name\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`target_groups_name_idx\` ON \`target_groups_locales\` (\`name\`,\`_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`themes_name_idx\` ON \`themes_locales\` (\`name\`,\`_locale\`);`)
  await db.run(
    sql`CREATE INDEX \`indicator_types_name_idx\` ON \`indicator_types_locales\` (\`name\`,\`_locale\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`users_roles_value_idx\`;`)
  await db.run(sql`DROP INDEX \`users_name_idx\`;`)
  await db.run(sql`DROP INDEX \`case_studies_review_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`_case_studies_v_version_review_version_review_state_idx\`;`)
  await db.run(sql`DROP INDEX \`events_languages_value_idx\`;`)
  await db.run(sql`DROP INDEX \`events_ends_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_languages_value_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_ends_at_idx\`;`)
  await db.run(sql`DROP INDEX \`event_registrations_reminder_queued_at_idx\`;`)
  await db.run(sql`DROP INDEX \`working_groups_name_idx\`;`)
  await db.run(sql`DROP INDEX \`meetings_action_items_due_date_idx\`;`)
  await db.run(sql`DROP INDEX \`workingGroup_number_idx\`;`)
  await db.run(sql`DROP INDEX \`_meetings_v_version_action_items_due_date_idx\`;`)
  await db.run(sql`DROP INDEX \`version_workingGroup_version_number_idx\`;`)
  await db.run(sql`DROP INDEX \`meeting_kind_idx\`;`)
  await db.run(sql`DROP INDEX \`regions_name_idx\`;`)
  await db.run(sql`DROP INDEX \`service_types_name_idx\`;`)
  await db.run(sql`DROP INDEX \`target_groups_name_idx\`;`)
  await db.run(sql`DROP INDEX \`themes_name_idx\`;`)
  await db.run(sql`DROP INDEX \`indicator_types_name_idx\`;`)
}

import * as migration_20261123_104236_initial from './20261123_104236_initial'
import * as migration_20261123_113055_registry from './20261123_113055_registry'
import * as migration_20261123_114448_verification from './20261123_114448_verification'
import * as migration_20261123_125718_events from './20261123_125718_events'
import * as migration_20261123_132805_case_studies from './20261123_132805_case_studies'
import * as migration_20261123_134456_strategies from './20261123_134456_strategies'
import * as migration_20261123_151500_working_groups from './20261123_151500_working_groups'
import * as migration_20261123_162622_search_text from './20261123_162622_search_text'
import * as migration_20261123_182439_events_status_starts_at from './20261123_182439_events_status_starts_at'
import * as migration_20261201_085853_privacy_fields from './20261201_085853_privacy_fields'
import * as migration_20261201_120000_search_text_published from './20261201_120000_search_text_published'
import * as migration_20261201_121145_media_use from './20261201_121145_media_use'
import * as migration_20261201_121813_edited_by from './20261201_121813_edited_by'
import * as migration_20261201_122006_rsvps from './20261201_122006_rsvps'
import * as migration_20261201_122755_meeting_titles from './20261201_122755_meeting_titles'
import * as migration_20261201_123118_region_bounds from './20261201_123118_region_bounds'
import * as migration_20261201_125049_material_versions from './20261201_125049_material_versions'
import * as migration_20261201_130333_indicator_unit_forms from './20261201_130333_indicator_unit_forms'
import * as migration_20261201_130358_comment_replies from './20261201_130358_comment_replies'
import * as migration_20261201_153502_upload_prefix from './20261201_153502_upload_prefix'
import * as migration_20261201_170157_centre_public_contacts from './20261201_170157_centre_public_contacts'
import * as migration_20261201_190519_query_indexes from './20261201_190519_query_indexes'
import * as migration_20261201_200351_search_strategies_groups_decision_reason from './20261201_200351_search_strategies_groups_decision_reason'
import * as migration_20261201_221500_region_bounds_widened from './20261201_221500_region_bounds_widened'
import * as migration_20261201_223125_editor_regions from './20261201_223125_editor_regions'
import * as migration_20261203_061652_events_start_order from './20261203_061652_events_start_order'
import * as migration_20261203_063609_events_upcoming_count from './20261203_063609_events_upcoming_count'

export const migrations = [
  {
    up: migration_20261123_104236_initial.up,
    down: migration_20261123_104236_initial.down,
    name: '20261123_104236_initial',
  },
  {
    up: migration_20261123_113055_registry.up,
    down: migration_20261123_113055_registry.down,
    name: '20261123_113055_registry',
  },
  {
    up: migration_20261123_114448_verification.up,
    down: migration_20261123_114448_verification.down,
    name: '20261123_114448_verification',
  },
  {
    up: migration_20261123_125718_events.up,
    down: migration_20261123_125718_events.down,
    name: '20261123_125718_events',
  },
  {
    up: migration_20261123_132805_case_studies.up,
    down: migration_20261123_132805_case_studies.down,
    name: '20261123_132805_case_studies',
  },
  {
    up: migration_20261123_134456_strategies.up,
    down: migration_20261123_134456_strategies.down,
    name: '20261123_134456_strategies',
  },
  {
    up: migration_20261123_151500_working_groups.up,
    down: migration_20261123_151500_working_groups.down,
    name: '20261123_151500_working_groups',
  },
  {
    up: migration_20261123_162622_search_text.up,
    down: migration_20261123_162622_search_text.down,
    name: '20261123_162622_search_text',
  },
  {
    up: migration_20261123_182439_events_status_starts_at.up,
    down: migration_20261123_182439_events_status_starts_at.down,
    name: '20261123_182439_events_status_starts_at',
  },
  {
    up: migration_20261201_085853_privacy_fields.up,
    down: migration_20261201_085853_privacy_fields.down,
    name: '20261201_085853_privacy_fields',
  },
  {
    up: migration_20261201_120000_search_text_published.up,
    down: migration_20261201_120000_search_text_published.down,
    name: '20261201_120000_search_text_published',
  },
  {
    up: migration_20261201_121145_media_use.up,
    down: migration_20261201_121145_media_use.down,
    name: '20261201_121145_media_use',
  },
  {
    up: migration_20261201_121813_edited_by.up,
    down: migration_20261201_121813_edited_by.down,
    name: '20261201_121813_edited_by',
  },
  {
    up: migration_20261201_122006_rsvps.up,
    down: migration_20261201_122006_rsvps.down,
    name: '20261201_122006_rsvps',
  },
  {
    up: migration_20261201_122755_meeting_titles.up,
    down: migration_20261201_122755_meeting_titles.down,
    name: '20261201_122755_meeting_titles',
  },
  {
    up: migration_20261201_123118_region_bounds.up,
    down: migration_20261201_123118_region_bounds.down,
    name: '20261201_123118_region_bounds',
  },
  {
    up: migration_20261201_125049_material_versions.up,
    down: migration_20261201_125049_material_versions.down,
    name: '20261201_125049_material_versions',
  },
  {
    up: migration_20261201_130333_indicator_unit_forms.up,
    down: migration_20261201_130333_indicator_unit_forms.down,
    name: '20261201_130333_indicator_unit_forms',
  },
  {
    up: migration_20261201_130358_comment_replies.up,
    down: migration_20261201_130358_comment_replies.down,
    name: '20261201_130358_comment_replies',
  },
  {
    up: migration_20261201_153502_upload_prefix.up,
    down: migration_20261201_153502_upload_prefix.down,
    name: '20261201_153502_upload_prefix',
  },
  {
    up: migration_20261201_170157_centre_public_contacts.up,
    down: migration_20261201_170157_centre_public_contacts.down,
    name: '20261201_170157_centre_public_contacts',
  },
  {
    up: migration_20261201_190519_query_indexes.up,
    down: migration_20261201_190519_query_indexes.down,
    name: '20261201_190519_query_indexes',
  },
  {
    up: migration_20261201_200351_search_strategies_groups_decision_reason.up,
    down: migration_20261201_200351_search_strategies_groups_decision_reason.down,
    name: '20261201_200351_search_strategies_groups_decision_reason',
  },
  {
    up: migration_20261201_221500_region_bounds_widened.up,
    down: migration_20261201_221500_region_bounds_widened.down,
    name: '20261201_221500_region_bounds_widened',
  },
  {
    up: migration_20261201_223125_editor_regions.up,
    down: migration_20261201_223125_editor_regions.down,
    name: '20261201_223125_editor_regions',
  },
  {
    up: migration_20261203_061652_events_start_order.up,
    down: migration_20261203_061652_events_start_order.down,
    name: '20261203_061652_events_start_order',
  },
  {
    up: migration_20261203_063609_events_upcoming_count.up,
    down: migration_20261203_063609_events_upcoming_count.down,
    name: '20261203_063609_events_upcoming_count',
  },
]

// MongoDB needs no schema migrations; data migrations for it are listed here.
import * as migration_20261201_contact_person_public from './20261201_contact_person_public'
import * as migration_20261201_search_text_published from './20261201_search_text_published'
import * as migration_20261201_meeting_titles from './20261201_meeting_titles'
import * as migration_20261201_region_bounds from './20261201_region_bounds'
import * as migration_20261201_media_use from './20261201_media_use'
import * as migration_20261201_indicator_unit_forms from './20261201_indicator_unit_forms'
import * as migration_20261201_search_strategies_groups from './20261201_search_strategies_groups'
import * as migration_20261201_region_bounds_widened from './20261201_region_bounds_widened'

export const migrations = [
  {
    up: migration_20261201_contact_person_public.up,
    down: migration_20261201_contact_person_public.down,
    name: '20261201_contact_person_public',
  },
  {
    up: migration_20261201_search_text_published.up,
    down: migration_20261201_search_text_published.down,
    name: '20261201_search_text_published',
  },
  {
    up: migration_20261201_meeting_titles.up,
    down: migration_20261201_meeting_titles.down,
    name: '20261201_meeting_titles',
  },
  {
    up: migration_20261201_region_bounds.up,
    down: migration_20261201_region_bounds.down,
    name: '20261201_region_bounds',
  },
  {
    up: migration_20261201_media_use.up,
    down: migration_20261201_media_use.down,
    name: '20261201_media_use',
  },
  {
    up: migration_20261201_indicator_unit_forms.up,
    down: migration_20261201_indicator_unit_forms.down,
    name: '20261201_indicator_unit_forms',
  },
  {
    up: migration_20261201_search_strategies_groups.up,
    down: migration_20261201_search_strategies_groups.down,
    name: '20261201_search_strategies_groups',
  },
  {
    up: migration_20261201_region_bounds_widened.up,
    down: migration_20261201_region_bounds_widened.down,
    name: '20261201_region_bounds_widened',
  },
]

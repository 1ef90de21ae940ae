import { Centres } from './Centres'
import { EventRegistrations } from './EventRegistrations'
import { Events } from './Events'
import { EventSeats } from './EventSeats'
import { Media } from './Media'
import { Organisations } from './Organisations'
import { Regions } from './Regions'
import { ServiceTypes } from './ServiceTypes'
import { TargetGroups } from './TargetGroups'
import { Themes } from './Themes'
import { Users } from './Users'

export const collections = [
  Users,
  Organisations,
  Centres,
  Events,
  EventRegistrations,
  EventSeats,
  Media,
  Regions,
  ServiceTypes,
  TargetGroups,
  Themes,
]

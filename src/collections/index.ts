import { CaseStudies } from './CaseStudies'
import { Centres } from './Centres'
import { Documents } from './Documents'
import { EventRegistrations } from './EventRegistrations'
import { Events } from './Events'
import { EventSeats } from './EventSeats'
import { IndicatorTypes } from './IndicatorTypes'
import { Media } from './Media'
import { Organisations } from './Organisations'
import { Regions } from './Regions'
import { ServiceTypes } from './ServiceTypes'
import { Strategies } from './Strategies'
import { TargetGroups } from './TargetGroups'
import { Themes } from './Themes'
import { Users } from './Users'
import { Materials } from './Materials'
import { Meetings } from './Meetings'
import { MemberNotifications } from './MemberNotifications'
import { MinutesComments } from './MinutesComments'
import { WorkingGroups } from './WorkingGroups'

export const collections = [
  Users,
  Organisations,
  Centres,
  CaseStudies,
  Strategies,
  Events,
  EventRegistrations,
  EventSeats,
  WorkingGroups,
  Meetings,
  MinutesComments,
  Materials,
  MemberNotifications,
  Media,
  Documents,
  Regions,
  ServiceTypes,
  TargetGroups,
  Themes,
  IndicatorTypes,
]

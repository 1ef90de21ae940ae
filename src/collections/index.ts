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

export const collections = [
  Users,
  Organisations,
  Centres,
  CaseStudies,
  Strategies,
  Events,
  EventRegistrations,
  EventSeats,
  Media,
  Documents,
  Regions,
  ServiceTypes,
  TargetGroups,
  Themes,
  IndicatorTypes,
]

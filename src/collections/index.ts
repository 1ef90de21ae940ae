import { Centres } from './Centres'
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
  Media,
  Regions,
  ServiceTypes,
  TargetGroups,
  Themes,
]

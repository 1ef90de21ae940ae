import { Organisations } from './Organisations'
import { Regions } from './Regions'
import { ServiceTypes } from './ServiceTypes'
import { TargetGroups } from './TargetGroups'
import { Themes } from './Themes'
import { Users } from './Users'

export const collections = [Users, Organisations, Regions, ServiceTypes, TargetGroups, Themes]

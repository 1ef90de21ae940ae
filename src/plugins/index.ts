import type { Plugin } from 'payload'

import { invalidateCaches } from './invalidateCaches'
import { localizedDates } from './localizedDates'
import { objectStorage } from './objectStorage'

export const plugins: Plugin[] = [invalidateCaches, localizedDates, objectStorage()]

import type { Plugin } from 'payload'

import { invalidateCaches } from './invalidateCaches'
import { localizedDates } from './localizedDates'

export const plugins: Plugin[] = [invalidateCaches, localizedDates]

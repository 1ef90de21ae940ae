import type { Plugin } from 'payload'

import { localizedDates } from './localizedDates'

export const plugins: Plugin[] = [localizedDates]

import type { Plugin } from 'payload'

import { invalidateCaches } from './invalidateCaches'

export const plugins: Plugin[] = [invalidateCaches]

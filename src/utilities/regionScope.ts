import type { Where } from 'payload'

import type { ID } from './ids'

/**
 * Records placed in these regions, as a regional editor's lists narrow them: a centre by its
 * region, an organisation by its seat or where it works, a case study by the regions it names.
 * `prefix` reaches the same fields inside a version (`version.`).
 */
export function inRegions(
  slug: 'centres' | 'organisations' | 'case-studies',
  regions: ID[],
  prefix = '',
): Where {
  const where = (field: string): Where => ({ [`${prefix}${field}`]: { in: regions } })
  if (slug === 'organisations') return { or: [where('region'), where('activeRegions')] }
  return where(slug === 'centres' ? 'region' : 'regions')
}

/** `where`, and only in `regions` when a regional scope is given; `where` as it is without. */
export const narrowedToRegions = (
  slug: 'centres' | 'organisations' | 'case-studies',
  where: Where,
  regions: ID[] | undefined,
): Where => (regions ? { and: [where, inRegions(slug, regions)] } : where)

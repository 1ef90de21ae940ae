/**
 * URL-safe slug that keeps the letters of Slovak, Czech and Hungarian names: canonical
 * decomposition splits "ř" or "ő" into a base letter and a combining mark, which is dropped.
 * (Payload's default slugify deletes such letters outright: "Prunéřov" would become "prunov".)
 */
export function slugify(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const slug = value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
  return slug || undefined
}

import type { Where } from 'payload'

/**
 * A query as an admin list's URL carries it (`where[and][0][status][equals]=pending`, the `qs`
 * shape Payload's list view parses), so a link opens the list already filtered.
 */
export function whereQuery(where: Where): string {
  const params = new URLSearchParams()
  const add = (value: unknown, key: string) => {
    if (value !== null && typeof value === 'object')
      for (const [name, inner] of Object.entries(value)) add(inner, `${key}[${name}]`)
    else params.append(key, String(value))
  }
  add(where, 'where')
  return params.toString()
}

// `npm run bench`: directory queries no earlier request asked, so that neither the page cache
// (keyed by the URL) nor the index's memory of recent searches answers them — the cost of a
// filter combination a visitor tries for the first time.

import { random } from './random'

type Facets = Record<string, string[]>

/** The facet values the directory offers and words from its centres' names, read from its pages. */
export async function directoryVocabulary(baseURL: string) {
  const facets: Facets = {}
  const words = new Set<string>()
  for (let page = 1; page <= 5; page += 1) {
    const html = await (await fetch(`${baseURL}/sk/centres?page=${page}`)).text()
    for (const [, key, value] of html.matchAll(
      /name="(country|region|service|group|language|form)" value="([^"]+)"/g,
    ))
      if (!facets[key]?.includes(value)) (facets[key] ??= []).push(value)
    for (const [, name] of html.matchAll(/class="card__title"><a[^>]*>([^<]+)</g))
      for (const word of name.split(/[\s,()-]+/))
        if (word.length >= 4 && !/^\d+$/.test(word)) words.add(word.toLowerCase())
  }
  if (Object.keys(facets).length === 0 || words.size === 0)
    throw new Error('the directory offered no facets or names to query')
  return { facets, words: [...words] }
}

/**
 * Makers of query strings, each different from every one made before in this run:
 * `filters(n)` selects n facets (a value each, sometimes two), `text()` a word of a centre's
 * name (sometimes with a second word's beginning) and a country.
 */
export function unseenQueries({ facets, words }: { facets: Facets; words: string[] }) {
  const rand = random(20261201)
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]
  const seen = new Set<string>()
  const unique = (make: () => URLSearchParams) => {
    for (let attempt = 0; ; attempt += 1) {
      const params = make()
      // a small data set runs out of combinations: a later page is still a page not yet seen
      if (attempt > 50) params.set('page', String(2 + Math.floor(rand() * 3)))
      const query = params.toString()
      if (!seen.has(query)) {
        seen.add(query)
        return query
      }
    }
  }
  const keys = Object.keys(facets)
  return {
    filters: (count: number) =>
      unique(() => {
        const params = new URLSearchParams()
        const chosen = new Set<string>()
        while (chosen.size < Math.min(count, keys.length)) chosen.add(pick(keys))
        for (const key of chosen) {
          params.append(key, pick(facets[key]))
          if (rand() < 0.3) params.append(key, pick(facets[key]))
        }
        return params
      }),
    text: () =>
      unique(() => {
        const params = new URLSearchParams()
        params.set('q', rand() < 0.5 ? pick(words) : `${pick(words)} ${pick(words).slice(0, 4)}`)
        if (facets.country) params.append('country', pick(facets.country))
        return params
      }),
  }
}

import type { Payload, Where } from 'payload'

import { publicWhere } from '@/access/publicWhere'
import { defaultLocale, type Locale, locales } from '@/i18n/locales'
import type { Centre } from '@/payload-types'
import { facetKeys, type DirectoryFilters, type FacetCounts } from '@/registry/directory'
import { fold } from '@/search/text'
import { pagesById } from '@/utilities/bulkRead'
import { cached, documentLogEnd, documentsChangedSince, invalidate } from '@/utilities/derivedCache'
import { idFrom } from '@/utilities/ids'
import { taxonomy } from '@/utilities/taxonomies'

/**
 * What the directory filters, counts and maps, for every centre a visitor may see, held in
 * memory: counting six facets and drawing the map from the database meant reading every
 * matching centre seven times per page view (1.3 s per page at 1,000 centres); from memory the
 * page needs one database read, its 20 results.
 *
 * Kept compact for 50,000 centres: a centre is a slot in parallel arrays; its facet values are
 * small integer codes and its words ids into one vocabulary, each in a shared typed array. It
 * is loaded in pages once, then follows single centres: a saved or deleted centre is read
 * again alone (src/utilities/derivedCache's document log, fed by every instance's saves).
 */

const PAGE = 1_000
const INDEX_TTL_MS = 15 * 60_000
const SEARCHES_KEPT = 32

const fields = {
  name: true,
  slug: true,
  country: true,
  region: true,
  services: true,
  targetGroups: true,
  languages: true,
  forms: true,
  latitude: true,
  longitude: true,
  searchText: true,
  // what a result's card shows besides the facets: the page reads its 20 cards from here
  summary: true,
  address: { municipality: true },
} as const

type Codes = {
  regions: Map<string, string>
  services: Map<string, string>
  groups: Map<string, string>
}

/** A growable typed array: slots' runs of values, appended at the end. */
class Pool<T extends Uint8Array | Uint16Array | Uint32Array> {
  used = 0
  constructor(
    public values: T,
    private readonly make: (length: number) => T,
  ) {}
  append(items: ArrayLike<number>): number {
    const start = this.used
    if (start + items.length > this.values.length) {
      const bigger = this.make(Math.max(1024, (start + items.length) * 2))
      bigger.set(this.values.subarray(0, start))
      this.values = bigger
    }
    this.values.set(items, start)
    this.used += items.length
    return start
  }
}

/** What a result in the directory's list shows; facet values as codes (the URL's). */
export type DirectoryCard = {
  id: number | string
  name: string
  slug: string
  country: Centre['country'] | null
  region: string | null
  services: string[]
  municipality: string | null
  /** in the reader's language, else the default language's (as Payload falls back) */
  summary: string | null
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export type DirectorySearch = {
  /** matching slots in name order (the reader's language) */
  slots: number[]
  counts: FacetCounts
}

export class DirectoryIndex {
  /** increases with every change, for values computed from the index */
  version = 0
  /** the position in the document log up to which the index is current */
  cursor = 0

  private ids: (number | string)[] = []
  private slotOf = new Map<string, number>()
  private free: number[] = []
  private alive = new Uint8Array(0)
  private names: string[] = []
  private slugs: string[] = []
  // the map's point of each located slot as JSON text, joined as they are for any result
  private points: string[] = []
  private latitudes = new Float64Array(0)
  private longitudes = new Float64Array(0)
  // facet values: one code per (facet, value), the codes of a slot at facetStart…+facetCount
  private facetCodes = new Map<string, number>()
  private facetOfCode: number[] = []
  private valueOfCode: string[] = []
  private facetPool = new Pool(new Uint16Array(0), (length) => new Uint16Array(length))
  private facetStart = new Uint32Array(0)
  private facetCount = new Uint16Array(0)
  // the same as sets of slots, one bit per slot: a search combines whole facets with a few
  // ANDs and ORs and counts each value with one pass over its set, instead of visiting every
  // centre's codes (p50 5–6 ms per search at 50,000 centres, now 1.4–1.8)
  private codeSlots: Uint32Array[] = []
  private aliveSlots = new Uint32Array(0)
  // words: one id per distinct whitespace-free run of the folded text. After a load, the slots
  // holding each word id are listed in `postings` (from postingStart[id] to postingStart[id + 1]);
  // a centre put in since (`stale`) keeps its own list of word ids in wordPool instead
  private wordIds = new Map<string, number>()
  private words: string[] = []
  private postings = new Uint32Array(0)
  private postingStart = new Uint32Array(1)
  private sealedWords = 0
  private stale = new Uint8Array(0)
  private staleSlots = new Set<number>()
  private wordPool = new Pool(new Uint32Array(0), (length) => new Uint32Array(length))
  private wordStart = new Uint32Array(0)
  private wordCount = new Uint32Array(0)
  // the cards' texts: municipalities shared between centres, summaries as UTF-8 (about half
  // of a JS string's two bytes per character in these languages), a run per slot and language
  private municipalities: string[] = []
  private municipalityNames = new Map<string, string>()
  private summaryPool = new Pool(new Uint8Array(0), (length) => new Uint8Array(length))
  private summaryStart = new Uint32Array(0)
  private summaryLength = new Uint32Array(0)
  private orders: Partial<Record<Locale, number[]>> = {}
  private searches = new Map<string, DirectorySearch>()
  private pointTexts = new WeakMap<DirectorySearch, string>()
  private catchingUp?: Promise<DirectoryIndex>
  private locatedCount = 0

  constructor(private readonly codes: Codes) {}

  get size(): number {
    return this.slotOf.size
  }
  idOf(slot: number) {
    return this.ids[slot]
  }
  nameOf(slot: number) {
    return this.names[slot]
  }
  slugOf(slot: number) {
    return this.slugs[slot]
  }
  /** [latitude, longitude] of the slot, or null when the centre has no position */
  positionOf(slot: number): [number, number] | null {
    const latitude = this.latitudes[slot]
    return Number.isNaN(latitude) ? null : [latitude, this.longitudes[slot]]
  }
  /**
   * The map's points of a search's result as JSON, `[[latitude, longitude, slug, name], …]`;
   * kept with the remembered search (every visitor's map of the unfiltered directory is one).
   */
  pointsJson(result: DirectorySearch): string {
    let json = this.pointTexts.get(result)
    if (json === undefined) {
      const located: string[] = []
      for (const slot of result.slots) if (this.points[slot]) located.push(this.points[slot])
      this.pointTexts.set(result, (json = `[${located.join(',')}]`))
    }
    return json
  }
  /** The card of a result in the reader's language. */
  card(slot: number, locale: Locale): DirectoryCard {
    const values: string[][] = facetKeys.map(() => [])
    const start = this.facetStart[slot]
    for (let at = start; at < start + this.facetCount[slot]; at += 1) {
      const code = this.facetPool.values[at]
      values[this.facetOfCode[code]].push(this.valueOfCode[code])
    }
    const facet = (key: (typeof facetKeys)[number]) => values[facetKeys.indexOf(key)]
    return {
      id: this.ids[slot],
      name: this.names[slot],
      slug: this.slugs[slot],
      country: (facet('country')[0] as Centre['country']) ?? null,
      region: facet('region')[0] ?? null,
      services: facet('service'),
      municipality: this.municipalities[slot] || null,
      summary: this.summaryOf(slot, locale) || this.summaryOf(slot, defaultLocale) || null,
    }
  }
  private summaryOf(slot: number, locale: Locale): string {
    const at = slot * locales.length + locales.indexOf(locale)
    const start = this.summaryStart[at]
    return decoder.decode(this.summaryPool.values.subarray(start, start + this.summaryLength[at]))
  }
  /** how many centres have a position (the home page's map teaser) */
  get located(): number {
    return this.locatedCount
  }
  /** every centre's slot, in no particular order */
  *slots(): Generator<number> {
    yield* this.slotOf.values()
  }

  /** Puts the centre (as read from the database) in the index, replacing what it was. */
  put(doc: Centre): void {
    const key = String(doc.id)
    let slot = this.slotOf.get(key)
    if (slot === undefined) {
      slot = this.free.pop() ?? this.ids.length
      this.grow(slot + 1)
      this.slotOf.set(key, slot)
    }
    const wasAlive = this.alive[slot] === 1
    if (wasAlive && !Number.isNaN(this.latitudes[slot])) this.locatedCount -= 1
    this.ids[slot] = doc.id
    this.names[slot] = doc.name
    this.slugs[slot] = doc.slug ?? String(doc.id)
    this.latitudes[slot] = typeof doc.latitude === 'number' ? doc.latitude : Number.NaN
    this.longitudes[slot] = typeof doc.longitude === 'number' ? doc.longitude : Number.NaN
    if (Number.isNaN(this.longitudes[slot])) this.latitudes[slot] = Number.NaN
    if (!Number.isNaN(this.latitudes[slot])) this.locatedCount += 1
    const municipality = doc.address?.municipality ?? ''
    if (!this.municipalityNames.has(municipality))
      this.municipalityNames.set(municipality, municipality)
    this.municipalities[slot] = this.municipalityNames.get(municipality)!
    // read with locale 'all': one text per language
    const summaries = (doc.summary ?? {}) as unknown as Partial<Record<Locale, string | null>>
    for (const [index, locale] of locales.entries()) {
      const bytes = encoder.encode(summaries[locale] ?? '')
      this.summaryStart[slot * locales.length + index] = this.summaryPool.append(bytes)
      this.summaryLength[slot * locales.length + index] = bytes.length
    }
    this.points[slot] = Number.isNaN(this.latitudes[slot])
      ? ''
      : JSON.stringify([this.latitudes[slot], this.longitudes[slot], this.slugs[slot], doc.name])
    const { regions, services, groups } = this.codes
    const coded = (map: Map<string, string>, ids: unknown[]) =>
      ids.map((id) => map.get(String(idFrom(id)))).filter((code): code is string => Boolean(code))
    const values: Record<(typeof facetKeys)[number], string[]> = {
      country: doc.country ? [doc.country] : [],
      region: coded(regions, doc.region == null ? [] : [doc.region]),
      service: coded(services, doc.services ?? []),
      group: coded(
        groups,
        (doc.targetGroups ?? []).map((row) => row.targetGroup),
      ),
      language: doc.languages ?? [],
      form: doc.forms ?? [],
    }
    // each value once: the counts add one per centre and value
    const codes = new Set<number>()
    for (const [facet, key] of facetKeys.entries())
      for (const value of values[key]) codes.add(this.codeOf(facet, value))
    this.markCodes(slot, false)
    this.facetStart[slot] = this.facetPool.append([...codes])
    this.facetCount[slot] = codes.size
    this.markCodes(slot, true)
    setBit(this.aliveSlots, slot, true)
    const words = new Set<number>()
    for (const word of (doc.searchText ?? fold(doc.name)).split(/\s+/))
      if (word) words.add(this.wordIdOf(word))
    this.wordStart[slot] = this.wordPool.append([...words])
    this.wordCount[slot] = words.size
    this.stale[slot] = 1
    this.staleSlots.add(slot)
    this.alive[slot] = 1
    for (const [locale, order] of Object.entries(this.orders) as [Locale, number[]][]) {
      if (wasAlive) order.splice(order.indexOf(slot), 1)
      order.splice(this.orderPosition(order, locale, slot), 0, slot)
    }
    this.changed()
  }

  /** Takes the centre out of the index (deleted, or no longer public). */
  remove(id: number | string): void {
    const key = String(id)
    const slot = this.slotOf.get(key)
    if (slot === undefined) return
    this.slotOf.delete(key)
    this.alive[slot] = 0
    this.markCodes(slot, false)
    setBit(this.aliveSlots, slot, false)
    if (!Number.isNaN(this.latitudes[slot])) this.locatedCount -= 1
    this.latitudes[slot] = Number.NaN
    this.free.push(slot)
    this.names[slot] = this.slugs[slot] = this.points[slot] = this.municipalities[slot] = ''
    this.summaryLength.fill(0, slot * locales.length, (slot + 1) * locales.length)
    this.facetCount[slot] = this.wordCount[slot] = 0
    this.staleSlots.delete(slot)
    for (const order of Object.values(this.orders)) order.splice(order.indexOf(slot), 1)
    this.changed()
  }

  /**
   * The centres matching the filters, in name order for the reader's language, and the result
   * counts per facet value, each facet counted with the other facets' filters applied (the
   * usual faceted-search behaviour), in one pass. Within a facet any selected value matches;
   * an unknown code matches nothing. Words of `q` must all occur, in any of the four
   * languages, accents ignored ("prunerov" finds "Prunéřov").
   */
  search(filters: DirectoryFilters, locale: Locale): DirectorySearch {
    const key = JSON.stringify([
      locale,
      filters.q,
      ...facetKeys.map((facet) => [...filters[facet]].sort()),
    ])
    const known = this.searches.get(key)
    if (known) return known
    const result = this.run(filters, locale)
    if (this.searches.size >= SEARCHES_KEPT)
      this.searches.delete(this.searches.keys().next().value!)
    this.searches.set(key, result)
    return result
  }

  private run(filters: DirectoryFilters, locale: Locale): DirectorySearch {
    const length = this.aliveSlots.length
    // the centres any filter leaves in: public ones, with every word of the text
    const base = this.aliveSlots.slice()
    const text = this.textMatches(filters.q)
    if (text) {
      const { reached, all } = text
      for (let word = 0; word < length; word += 1) {
        let bits = 0
        for (let bit = 0; bit < 32; bit += 1) if (reached[word * 32 + bit] === all) bits |= 1 << bit
        base[word] &= bits
      }
    }
    // each filtered facet: the centres holding any of its selected values (an unknown code adds
    // none, so it matches nothing)
    const chosen = new Map<number, Uint32Array>()
    for (const [facet, key] of facetKeys.entries()) {
      if (filters[key].length === 0) continue
      const any = new Uint32Array(length)
      for (const value of filters[key]) {
        const code = this.facetCodes.get(`${facet}:${value}`)
        if (code !== undefined) orInto(any, this.codeSlots[code])
      }
      chosen.set(facet, any)
    }
    // a facet's values are counted with the other facets' filters applied (a centre failing
    // only this facet still counts toward its other values): one set of centres per facet
    const within = (facet: number) => {
      const slots = base.slice()
      for (const [other, any] of chosen) if (other !== facet) andInto(slots, any)
      return slots
    }
    const matched = within(-1)
    const countedWithin = facetKeys.map((_, facet) => (chosen.has(facet) ? within(facet) : matched))
    const facetCounts = Object.fromEntries(facetKeys.map((key) => [key, {}])) as FacetCounts
    for (let code = 0; code < this.valueOfCode.length; code += 1) {
      const facet = this.facetOfCode[code]
      const count = countBoth(this.codeSlots[code], countedWithin[facet])
      if (count > 0) facetCounts[facetKeys[facet]][this.valueOfCode[code]] = count
    }
    // an indexed loop: it visits every centre, and for…of's iterator results were most of an
    // unseen search's garbage (0.8 MB at 50,000 centres, a young-generation collection per page)
    const order = this.order(locale)
    const slots: number[] = []
    for (let at = 0; at < order.length; at += 1)
      if (matched[order[at] >>> 5] & (1 << (order[at] & 31))) slots.push(order[at])
    return { slots, counts: facetCounts }
  }

  /** Sets (or clears) the slot's bit in the set of each of its facet values. */
  private markCodes(slot: number, on: boolean) {
    const start = this.facetStart[slot]
    for (let at = start; at < start + this.facetCount[slot]; at += 1)
      setBit(this.codeSlots[this.facetPool.values[at]], slot, on)
  }

  /**
   * How many words of `q` each slot holds (in the query's order: a slot missing one stops
   * there), and how many there are; null without words. A word without whitespace occurs in
   * the folded text exactly when it occurs within one of its whitespace-free runs, so the
   * vocabulary is searched, then the centres holding a matching entry read from the postings —
   * not every centre's text.
   */
  private textMatches(q: string): { reached: Uint8Array; all: number } | null {
    // at most 50 words: a query is at most 100 characters
    const queried = [...new Set(fold(q).split(/\s+/).filter(Boolean))]
    if (queried.length === 0) return null
    const matching = queried.map((word) => {
      const ids: number[] = []
      for (let id = 0; id < this.words.length; id += 1)
        if (this.words[id].includes(word)) ids.push(id)
      return ids
    })
    const reached = new Uint8Array(this.alive.length)
    for (const [position, ids] of matching.entries())
      for (const id of ids) {
        if (id >= this.sealedWords) continue
        for (let at = this.postingStart[id]; at < this.postingStart[id + 1]; at += 1) {
          const slot = this.postings[at]
          if (reached[slot] === position && this.stale[slot] === 0) reached[slot] = position + 1
        }
      }
    if (this.staleSlots.size > 0) {
      const sets = matching.map((ids) => new Set(ids))
      const values = this.wordPool.values
      for (const slot of this.staleSlots) {
        const start = this.wordStart[slot]
        const end = start + this.wordCount[slot]
        let held = 0
        for (const set of sets) {
          let found = false
          for (let at = start; at < end && !found; at += 1) found = set.has(values[at])
          if (!found) break
          held += 1
        }
        reached[slot] = held
      }
    }
    return { reached, all: queried.length }
  }

  /**
   * Moves the word lists of the centres put in so far into the postings: once after a load
   * (a centre put in later keeps its own list until the next load).
   */
  seal(): void {
    const wordTotal = this.words.length
    const values = this.wordPool.values
    const start = new Uint32Array(wordTotal + 1)
    for (const slot of this.staleSlots)
      for (let at = this.wordStart[slot]; at < this.wordStart[slot] + this.wordCount[slot]; at += 1)
        start[values[at] + 1] += 1
    for (let id = 0; id < wordTotal; id += 1) start[id + 1] += start[id]
    const postings = new Uint32Array(start[wordTotal])
    const next = start.slice(0, wordTotal)
    for (const slot of this.staleSlots) {
      for (let at = this.wordStart[slot]; at < this.wordStart[slot] + this.wordCount[slot]; at += 1)
        postings[next[values[at]]++] = slot
      this.stale[slot] = 0
      this.wordCount[slot] = 0
    }
    this.staleSlots.clear()
    this.postings = postings
    this.postingStart = start
    this.sealedWords = wordTotal
    this.wordPool = new Pool(new Uint32Array(0), (length) => new Uint32Array(length))
  }

  /**
   * Puts the names in each language's order ahead of the first search in it (a quarter of a
   * second each at 50,000 centres, which the first reader in that language waited for),
   * letting requests through between languages.
   */
  async sortNames(): Promise<void> {
    for (const locale of locales) {
      this.order(locale)
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  private order(locale: Locale): number[] {
    // sorting 50,000 names by the language's rules costs more than a search: once per language,
    // then kept in order as centres come and go
    const known = this.orders[locale]
    if (known) return known
    const { compare } = new Intl.Collator(locale)
    const order = [...this.slotOf.values()].sort((a, b) => compare(this.names[a], this.names[b]))
    this.orders[locale] = order
    return order
  }

  private orderPosition(order: number[], locale: Locale, slot: number): number {
    const { compare } = new Intl.Collator(locale)
    let low = 0
    let high = order.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (compare(this.names[order[middle]], this.names[slot]) <= 0) low = middle + 1
      else high = middle
    }
    return low
  }

  private codeOf(facet: number, value: string): number {
    const key = `${facet}:${value}`
    let code = this.facetCodes.get(key)
    if (code === undefined) {
      code = this.valueOfCode.length
      this.facetCodes.set(key, code)
      this.facetOfCode.push(facet)
      this.valueOfCode.push(value)
      this.codeSlots.push(new Uint32Array(this.aliveSlots.length))
    }
    return code
  }

  private wordIdOf(word: string): number {
    let id = this.wordIds.get(word)
    if (id === undefined) {
      id = this.words.length
      this.wordIds.set(word, id)
      this.words.push(word)
    }
    return id
  }

  private grow(length: number) {
    if (length <= this.alive.length) return
    const size = Math.max(length, Math.ceil(this.alive.length * 1.5), 64)
    const grown = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(
      old: T,
      make: (size: number) => T,
    ) => {
      const bigger = make(size)
      bigger.set(old)
      return bigger
    }
    this.alive = grown(this.alive, (n) => new Uint8Array(n))
    this.stale = grown(this.stale, (n) => new Uint8Array(n))
    this.latitudes = grown(this.latitudes, (n) => new Float64Array(n))
    this.longitudes = grown(this.longitudes, (n) => new Float64Array(n))
    this.facetStart = grown(this.facetStart, (n) => new Uint32Array(n))
    this.facetCount = grown(this.facetCount, (n) => new Uint16Array(n))
    this.wordStart = grown(this.wordStart, (n) => new Uint32Array(n))
    this.wordCount = grown(this.wordCount, (n) => new Uint32Array(n))
    const texts = (old: Uint32Array) => {
      const bigger = new Uint32Array(size * locales.length)
      bigger.set(old)
      return bigger
    }
    this.summaryStart = texts(this.summaryStart)
    this.summaryLength = texts(this.summaryLength)
    const words = Math.ceil(size / 32)
    const bits = (old: Uint32Array) => {
      const bigger = new Uint32Array(words)
      bigger.set(old)
      return bigger
    }
    this.aliveSlots = bits(this.aliveSlots)
    this.codeSlots = this.codeSlots.map(bits)
  }

  private changed() {
    this.version += 1
    this.searches.clear()
  }

  /**
   * Applies the centres changed since the index was loaded or last caught up: each is read
   * again by the public-read rule — present, it is put in; absent (deleted, no longer
   * published), taken out. Concurrent readers share one catch-up.
   */
  catchUp(payload: Payload): Promise<DirectoryIndex> {
    const since = documentsChangedSince('centres', this.cursor)
    if (since === null) {
      // further behind than the log reaches: load everything again
      invalidate(payload, 'centres')
      return directoryIndex(payload)
    }
    if (since.ids.length === 0) return Promise.resolve(this)
    this.catchingUp ??= (async () => {
      try {
        const changed = await readCentres(payload, { id: { in: since.ids } })
        const found = new Set(changed.map((doc) => String(doc.id)))
        for (const doc of changed) this.put(doc)
        for (const id of since.ids) if (!found.has(String(id))) this.remove(id)
        this.cursor = since.position
      } finally {
        this.catchingUp = undefined
      }
      return this.catchUp(payload)
    })()
    return this.catchingUp
  }
}

function setBit(set: Uint32Array, slot: number, on: boolean) {
  if (on) set[slot >>> 5] |= 1 << (slot & 31)
  else set[slot >>> 5] &= ~(1 << (slot & 31))
}

function orInto(target: Uint32Array, set: Uint32Array) {
  for (let word = 0; word < target.length; word += 1) target[word] |= set[word]
}

function andInto(target: Uint32Array, set: Uint32Array) {
  for (let word = 0; word < target.length; word += 1) target[word] &= set[word]
}

/** How many slots are in both sets. */
function countBoth(a: Uint32Array, b: Uint32Array): number {
  let count = 0
  for (let word = 0; word < a.length; word += 1) {
    let bits = a[word] & b[word]
    if (bits === 0) continue
    bits -= (bits >>> 1) & 0x55555555
    bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333)
    count += Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
  }
  return count
}

/** Public centres matching `where`, as the index reads them: a system query (the search text is readable by the server only). */
async function readCentres(payload: Payload, where: Where): Promise<Centre[]> {
  const { docs } = await payload.find({
    collection: 'centres',
    where: { and: [publicWhere.centres, where] },
    overrideAccess: true,
    locale: 'all',
    depth: 0,
    pagination: false,
    select: fields,
  })
  return docs as Centre[]
}

async function load(payload: Payload): Promise<DirectoryIndex> {
  // changes from here on are applied after the load, even those it already saw
  const cursor = documentLogEnd('centres')
  // codes do not depend on the language: any one will do
  const codes = async (collection: 'regions' | 'service-types' | 'target-groups') =>
    new Map(
      (await taxonomy(payload, collection, defaultLocale)).map((term) => [
        String(term.id),
        term.code,
      ]),
    )
  const [regions, services, groups] = await Promise.all([
    codes('regions'),
    codes('service-types'),
    codes('target-groups'),
  ])
  const index = new DirectoryIndex({ regions, services, groups })
  const pages = pagesById(
    async (after) =>
      (
        await payload.find({
          collection: 'centres',
          where: {
            and: [
              publicWhere.centres,
              ...(after === undefined ? [] : [{ id: { greater_than: after } }]),
            ],
          },
          overrideAccess: true,
          locale: 'all',
          depth: 0,
          sort: 'id',
          limit: PAGE,
          pagination: false,
          select: fields,
        })
      ).docs as Centre[],
    PAGE,
  )
  for await (const docs of pages) for (const doc of docs) index.put(doc)
  index.seal()
  await index.sortNames()
  index.cursor = cursor
  return index
}

/** The index, loaded once and shared by concurrent requests, current with every saved centre. */
export async function directoryIndex(payload: Payload): Promise<DirectoryIndex> {
  const index = await cached(
    payload,
    'directory-index',
    {
      dependsOn: ['centres', 'regions', 'service-types', 'target-groups'],
      followsDocuments: ['centres'],
      ttlMs: INDEX_TTL_MS,
    },
    () => load(payload),
  )
  return index.catchUp(payload)
}

import { describe, expect, it } from 'vitest'

import { facetKeys, parseFilters, type FacetCounts } from '@/registry/directory'
import { DirectoryIndex } from '@/registry/directoryIndex'
import type { Centre } from '@/payload-types'

import { random } from '../../scripts/bench/random'

// The index answers from sets of slots; here every answer is checked against the definition,
// centre by centre, over centres put in, edited, withdrawn and put in again (reused slots,
// slots on both sides of a 32-bit word).
const regions = ['SK010', 'SK020', 'CZ042', 'HU222']
const services = ['sk-komunitne-centrum', 'cz-108-62', 'hu-tanoda']
const groups = ['children-youth', 'families', 'seniors']
const languages = ['sk', 'cs', 'hu', 'rom']
const forms = ['day', 'outreach', 'residential']
const syllables = ['ko', 'mu', 'ni', 'ta', 'pru', 'ne', 'rov', 'cen', 'trum', 'klub']

const codes = (values: string[]) => new Map(values.map((code, id) => [String(id + 1), code]))

type Facets = Record<(typeof facetKeys)[number], string[]>

function makeCentre(rand: () => number, id: number): { doc: Centre; facets: Facets } {
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)]
  const some = (items: string[]) => items.filter(() => rand() < 0.35)
  const word = () => pick(syllables) + pick(syllables)
  const name = `${word()} ${word()} ${id}`
  const facets: Facets = {
    country: rand() < 0.1 ? [] : [pick(['SK', 'CZ', 'HU'])],
    region: rand() < 0.2 ? [] : [pick(regions)],
    service: some(services),
    group: some(groups),
    language: some(languages),
    form: some(forms),
  }
  const idOf = (values: string[], code: string) => values.indexOf(code) + 1
  const doc = {
    id,
    name,
    slug: `c-${id}`,
    country: facets.country[0] ?? null,
    region: facets.region[0] ? idOf(regions, facets.region[0]) : null,
    services: facets.service.map((code) => idOf(services, code)),
    targetGroups: facets.group.map((code) => ({ targetGroup: idOf(groups, code) })),
    languages: facets.language,
    forms: facets.form,
    latitude: null,
    longitude: null,
    searchText: name,
    summary: {},
    address: { municipality: 'Obec' },
  } as unknown as Centre
  return { doc, facets }
}

/** The definition: every centre read, each facet counted with the other facets' filters. */
function expected(
  centres: Map<number, { doc: Centre; facets: Facets }>,
  params: Record<string, string[] | string>,
) {
  const filters = parseFilters(params)
  const words = filters.q.split(/\s+/).filter(Boolean)
  const passes = (facets: Facets, except?: string) =>
    facetKeys.every(
      (key) =>
        key === except ||
        filters[key].length === 0 ||
        facets[key].some((value) => filters[key].includes(value)),
    )
  const counts = Object.fromEntries(facetKeys.map((key) => [key, {}])) as FacetCounts
  const names: string[] = []
  for (const { doc, facets } of centres.values()) {
    const runs = doc.searchText!.split(/\s+/)
    if (!words.every((word) => runs.some((run) => run.includes(word)))) continue
    if (passes(facets)) names.push(doc.name)
    for (const key of facetKeys)
      if (passes(facets, key))
        for (const value of facets[key]) counts[key][value] = (counts[key][value] ?? 0) + 1
  }
  const { compare } = new Intl.Collator('sk')
  return { names: names.sort(compare), counts }
}

describe("the directory index's search", () => {
  it('finds and counts what reading every centre finds and counts, after edits and removals too', () => {
    const rand = random(20261203)
    const index = new DirectoryIndex({
      regions: codes(regions),
      services: codes(services),
      groups: codes(groups),
    })
    const centres = new Map<number, { doc: Centre; facets: Facets }>()
    const put = (id: number) => {
      const centre = makeCentre(rand, id)
      centres.set(id, centre)
      index.put(centre.doc)
    }
    for (let id = 1; id <= 300; id += 1) put(id)
    index.seal()
    const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)]
    const vocabulary: Record<string, string[]> = {
      country: ['SK', 'CZ', 'HU'],
      region: [...regions, 'XX999'],
      service: services,
      group: groups,
      language: languages,
      form: forms,
    }
    const check = () => {
      for (let round = 0; round < 40; round += 1) {
        const params: Record<string, string[] | string> = {}
        for (const key of Object.keys(vocabulary))
          if (rand() < 0.4) params[key] = [pick(vocabulary[key]), pick(vocabulary[key])]
        if (rand() < 0.3) params.q = pick(syllables) + (rand() < 0.5 ? ` ${pick(syllables)}` : '')
        const want = expected(centres, params)
        const got = index.search(parseFilters(params), 'sk')
        expect(got.slots.map((slot) => index.nameOf(slot))).toEqual(want.names)
        expect(got.counts).toEqual(want.counts)
      }
    }
    check()
    // edited (other facets, other words), withdrawn, then new centres in the freed slots
    for (let id = 1; id <= 300; id += 7) put(id)
    for (let id = 2; id <= 300; id += 5) {
      centres.delete(id)
      index.remove(id)
    }
    for (let id = 301; id <= 340; id += 1) put(id)
    check()
    expect(index.size).toBe(centres.size)
  })
})

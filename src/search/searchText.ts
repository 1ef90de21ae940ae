import type {
  CollectionAfterChangeHook,
  CollectionSlug,
  Field,
  Payload,
  PayloadRequest,
} from 'payload'

import { serverOnly } from '@/access/privateField'
import { locales } from '@/i18n/locales'
import { fold } from '@/search/text'

/** A hidden field holding the document's words in all four languages, lower case, without accents. */
export const searchTextField: Field = {
  name: 'searchText',
  type: 'textarea',
  admin: { hidden: true },
  // written only by the hook below, read only by the server's own queries (search, directory)
  access: { read: serverOnly, create: serverOnly, update: serverOnly },
}

/** The value at a dotted path; through an array it gathers every row's value (themes.goals.title). */
const get = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>(function step(node, key): unknown {
    if (Array.isArray(node)) return node.map((row) => step(row, key))
    return node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  }, doc)

/** The words of a value: plain text, the text nodes of rich text, or each language's version. */
function words(value: unknown): string[] {
  if (value == null) return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(words)
  if (typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (typeof node.text === 'string') return [node.text]
    if (node.root) return words(node.root)
    if (Array.isArray(node.children)) return words(node.children)
    // a localized value read with locale "all": { sk: …, cs: …, hu: …, en: … }
    return locales.flatMap((locale) => words(node[locale]))
  }
  return []
}

/** What each searched collection's index is made of. */
export const searchedPaths = {
  centres: ['name', 'summary', 'description', 'address.municipality', 'address.street'],
  organisations: ['name', 'description'],
  'case-studies': ['title', 'summary', 'problem', 'results', 'municipality'],
  events: ['title', 'summary', 'description', 'venue.name', 'venue.municipality'],
  strategies: [
    'title',
    'summary',
    'themes.title',
    'themes.goals.title',
    'themes.goals.description',
    'themes.goals.measures.code',
    'themes.goals.measures.title',
    'themes.goals.measures.description',
  ],
  // only what a listed group shows to everyone, never its members or meetings
  'working-groups': ['name', 'purpose', 'publicDescription'],
} satisfies Partial<Record<CollectionSlug, string[]>>

export type SearchedCollection = keyof typeof searchedPaths

/**
 * Rebuilds a document's `searchText` from what is stored as the document itself, in all four
 * languages: for a collection with drafts that is the published version, never a newer draft,
 * so unpublished words are not findable. One search then finds a centre from any language and
 * without accents ("Prunerov" finds "Prunéřov"). Written straight to the database: the index is
 * no change of the document (no version, no hooks).
 */
export async function refreshSearchText(
  payload: Payload,
  collection: SearchedCollection,
  id: number | string,
  req?: PayloadRequest,
) {
  // a copy of the request: the local API sets the locale on the request it is given, and the
  // operation under way must keep its own
  const stored = (await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    ...(req ? { req: { ...req } } : {}),
  })) as Record<string, unknown> | null
  if (!stored) return false
  const parts = searchedPaths[collection].flatMap((path) => words(get(stored, path)))
  const searchText = fold([...new Set(parts)].join(' '))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 30_000)
  if (stored.searchText === searchText) return false
  await payload.db.updateOne({ collection, id, data: { searchText }, req })
  return true
}

/** Keeps the index in step with every save that changes the stored document. */
export const indexForSearch =
  (collection: SearchedCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await refreshSearchText(req.payload, collection, doc.id, req)
    return doc
  }

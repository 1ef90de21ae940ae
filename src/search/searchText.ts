import type { CollectionBeforeChangeHook, CollectionSlug, Field } from 'payload'

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

const get = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc)

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

/**
 * Keeps `searchText` in step with the listed fields on every save, across all languages: the
 * language being saved from the incoming data, the others as stored. One search then finds a
 * centre from any language and without accents ("Prunerov" finds "Prunéřov").
 */
export const indexForSearch =
  (collection: CollectionSlug, paths: string[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    // a copy of the request: the local API sets the locale on the request it is given, and the
    // save under way must keep its own
    const stored = originalDoc?.id
      ? await req.payload.findByID({ collection, id: originalDoc.id, locale: 'all', depth: 0, overrideAccess: true, req: { ...req }, draft: true, disableErrors: true } as never)
      : null
    const parts = paths.flatMap((path) => {
      const incoming = get(data, path)
      const others = get(stored, path)
      return [...words(incoming ?? get(originalDoc, path)), ...words(others)]
    })
    data.searchText = fold([...new Set(parts)].join(' ')).replace(/\s+/g, ' ').trim().slice(0, 30_000)
    return data
  }

import type { CollectionSlug, Payload, Where } from 'payload'

import { type Locale, locales } from '@/i18n/locales'
import type { User } from '@/payload-types'

/**
 * What makes a document "translated" into a language: these localized fields have text in it.
 * `title` says what to show in lists (a localized field, or the document's plain name).
 */
export const translatedCollections = {
  'case-studies': { fields: ['title', 'summary', 'problem', 'results'], title: 'title' },
  events: { fields: ['title', 'summary'], title: 'title' },
  centres: { fields: ['summary'], title: 'name' },
  organisations: { fields: ['description'], title: 'name' },
  strategies: { fields: ['title', 'summary'], title: 'title' },
  'working-groups': { fields: ['name', 'purpose'], title: 'name' },
} as const satisfies Partial<Record<CollectionSlug, { fields: readonly string[]; title: string }>>

export type TranslatedCollection = keyof typeof translatedCollections

export const isTranslatedCollection = (slug: unknown): slug is TranslatedCollection =>
  typeof slug === 'string' && slug in translatedCollections

const hasText = (value: unknown): boolean => {
  if (value == null) return false
  if (typeof value === 'string') return value.trim().length > 0
  // rich text: any text node
  if (typeof value === 'object') {
    const node = value as { text?: unknown; root?: unknown; children?: unknown[] }
    if (typeof node.text === 'string') return node.text.trim().length > 0
    if (node.root) return hasText(node.root)
    if (Array.isArray(node.children)) return node.children.some(hasText)
  }
  return false
}

/**
 * The languages a document (read with locale "all") lacks: a field counts as missing in a
 * language when it has text in another one. A field empty everywhere (an optional description
 * nobody wrote) is not a translation gap.
 */
export function missingLanguages(
  doc: Record<string, unknown>,
  fields: readonly string[],
): Locale[] {
  return locales.filter((locale) =>
    fields.some((field) => {
      const value = doc[field]
      if (!value || typeof value !== 'object') return false
      const perLocale = value as Partial<Record<Locale, unknown>>
      return !hasText(perLocale[locale]) && locales.some((other) => hasText(perLocale[other]))
    }),
  )
}

export type QueueEntry = {
  collection: TranslatedCollection
  id: number | string
  title: string
  updatedAt: string
  missing: Locale[]
}

/**
 * The translator's list: documents lacking `language`, oldest change first, across all
 * translated collections, as far as the user may read them. Candidates come from the database
 * (a field empty in that language); the exact gap is then checked against all languages.
 */
export async function translationQueue(
  payload: Payload,
  user: User,
  language: Locale,
  limit = 100,
): Promise<QueueEntry[]> {
  const entries: QueueEntry[] = []
  for (const [collection, { fields, title }] of Object.entries(translatedCollections) as [
    TranslatedCollection,
    (typeof translatedCollections)[TranslatedCollection],
  ][]) {
    const typeOf = (name: string) =>
      payload.collections[collection].config.flattenedFields.find((field) => field.name === name)
        ?.type
    // rich text can only be asked whether it exists; plain text may also be an empty string
    const empty: Where = {
      or: fields.flatMap((field) => [
        { [field]: { exists: false } },
        ...(typeOf(field) === 'richText' ? [] : [{ [field]: { equals: '' } }]),
      ]),
    }
    const { docs: candidates } = await payload.find({
      collection,
      locale: language,
      fallbackLocale: false,
      where: empty,
      sort: 'updatedAt',
      limit,
      depth: 0,
      select: { updatedAt: true },
      // fields with their own read rules cannot be queried under access control; what the
      // user may read is decided by the read below, with their access
      overrideAccess: true,
    } as never)
    if (candidates.length === 0) continue
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      where: { id: { in: candidates.map((doc) => (doc as { id: number | string }).id) } },
      pagination: false,
      depth: 0,
      user,
      overrideAccess: false,
      draft: true,
    } as never)
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const missing = missingLanguages(doc, fields)
      if (!missing.includes(language)) continue
      const heading = doc[title]
      const text =
        typeof heading === 'string'
          ? heading
          : (locales
              .map((locale) => (heading as Partial<Record<Locale, string>> | undefined)?.[locale])
              .find(Boolean) ?? String(doc.id))
      entries.push({
        collection,
        id: doc.id as number | string,
        title: text,
        updatedAt: doc.updatedAt as string,
        missing,
      })
    }
  }
  return entries.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).slice(0, limit)
}

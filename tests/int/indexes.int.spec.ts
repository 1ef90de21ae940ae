import fs from 'node:fs'

import { getTableConfig, type SQLiteTable } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { CollectionSlug, FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queriedFields } from '@/db/queriedFields'

import { bootPayload, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
})
afterAll(async () => {
  await ctx?.cleanup()
})

/** The field at a dotted path (groups and arrays descended), as Payload sanitised it. */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [head, ...rest] = path.split('.')
  const field = fields.find((each) => each.name === head)
  if (!field || rest.length === 0) return field
  return 'flattenedFields' in field ? fieldAt(field.flattenedFields, rest.join('.')) : undefined
}

/**
 * Whether a query on `path` finds an index: its own, or a compound one it leads — or, when the
 * query fixes the fields `after` first, a compound one of exactly those before it.
 */
function indexed(slug: CollectionSlug, path: string, after: string[] = []) {
  const config = payload.collections[slug].config
  const field = fieldAt(config.flattenedFields, path)
  if (!field) return `no field ${path}`
  const wanted = [...after, path]
  const compound = (config.indexes ?? []).some((index) =>
    wanted.every((name, position) => index.fields[position] === name),
  )
  if (after.length > 0) return compound
  return Boolean(
    ('index' in field && field.index) || ('unique' in field && field.unique) || compound,
  )
}

describe('indexes for every query the site makes', () => {
  // MongoDB builds its indexes from these declarations, SQLite from the migrations made of them
  it.each(queriedFields.map((entry) => [`${entry.collection}.${entry.field}`, entry] as const))(
    'declares an index for %s',
    (_, { collection, field, after }) => {
      expect(indexed(collection, field, after)).toBe(true)
    },
  )

  it('lists each of them in docs/indexes.md', () => {
    const rows = fs
      .readFileSync('docs/indexes.md', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.replace(/\s+/g, ' '))
    for (const { collection, field, after } of queriedFields) {
      const index = after
        ? `compound (${[...after, field].map((name) => `\`${name}\``).join(', ')})`
        : `\`${field}\``
      expect(rows.some((row) => row.startsWith(`| \`${collection}\` | ${index} |`))).toBe(true)
    }
  })

  it('has every declared index in the database', async () => {
    if (payload.db.name === 'mongoose') {
      // mongoose reads the declarations into each model's schema and builds them on start
      const models = (
        payload.db as unknown as {
          collections: Record<string, { schema: { indexes: () => [Record<string, unknown>][] } }>
        }
      ).collections
      for (const { collection, field, after = [] } of queriedFields) {
        const wanted = [...after, field]
        const served = models[collection].schema.indexes().some(([keys]) =>
          wanted.every((name, position) => {
            const key = Object.keys(keys)[position]
            // a localized field is indexed per locale (`name.sk`)
            return key === name || key?.startsWith(`${name}.`)
          }),
        )
        expect(served, `${collection}.${field}`).toBe(true)
      }
      return
    }
    // SQLite: the schema Payload derives from the declarations, against the file the
    // migrations built — a declaration without its migration shows here
    const tables = (payload.db as unknown as { tables: Record<string, SQLiteTable> }).tables
    const declared = Object.values(tables).flatMap((table) =>
      getTableConfig(table).indexes.map((index) => index.config.name),
    )
    const client = (
      payload.db as unknown as {
        client: { execute: (sql: string) => Promise<{ rows: unknown[] }> }
      }
    ).client
    const { rows } = await client.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    const present = new Set(rows.map((row) => (row as { name: string }).name))
    expect(declared.length).toBeGreaterThan(100)
    expect(declared.filter((name) => !present.has(name))).toEqual([])
  })
})

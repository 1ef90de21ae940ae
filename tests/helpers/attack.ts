import {
  type CollectionSlug,
  createLocalReq,
  type FieldAccess,
  type FlattenedField,
  formatNames,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { RoleName } from './world'

type ID = number | string
type Doc = Record<string, unknown>

/** A field whose own `access.read` decides, with where it sits. */
export type Guard = { path: string[]; access: FieldAccess }

/** A stored value under one or more guards: the unit the attack asks about. */
export type Leaf = {
  collection: CollectionSlug
  path: string[]
  /** positions in `path` that are arrays: each row is a separate value */
  arrays: number[]
  field: FlattenedField
  guards: Guard[]
}

/** The field that carries the access rule a case is about (a group's rule covers its leaves). */
export const ruleOf = (leaf: Leaf) => leaf.guards[leaf.guards.length - 1].path.join('.')

/**
 * Every value under a field with `access.read`, in every collection of the running config:
 * groups, named tabs and arrays are followed (rows, collapsibles and unnamed tabs are already
 * flattened by Payload). Blocks are not followed; no collection uses them.
 */
export function restrictedLeaves(payload: Payload): Leaf[] {
  const leaves: Leaf[] = []
  const walk = (
    collection: CollectionSlug,
    fields: FlattenedField[],
    prefix: string[],
    arrays: number[],
    guards: Guard[],
  ) => {
    for (const field of fields) {
      if (!('name' in field) || !field.name) continue
      const path = [...prefix, field.name]
      const read = (field as { access?: { read?: FieldAccess } }).access?.read
      const under = read ? [...guards, { path, access: read }] : guards
      if (field.type === 'group' || field.type === 'tab') {
        walk(collection, field.flattenedFields, path, arrays, under)
      } else if (field.type === 'array') {
        walk(collection, field.flattenedFields, path, [...arrays, path.length - 1], under)
      } else if (field.type !== 'blocks' && under.length > 0) {
        leaves.push({ collection, path, arrays, field, guards: under })
      }
    }
  }
  for (const { config } of Object.values(payload.collections))
    walk(config.slug, config.flattenedFields, [], [], [])
  return leaves
}

/** One stored value of a leaf: its row path, and the object each guard sees as its siblings. */
export type Instance = { value: unknown; rowPath: (string | number)[]; containers: Doc[] }

export function instancesOf(doc: Doc, leaf: Leaf): Instance[] {
  const out: Instance[] = []
  const step = (node: Doc, depth: number, rowPath: (string | number)[], containers: Doc[]) => {
    const key = leaf.path[depth]
    const value = node?.[key]
    const here = [...containers, node]
    if (depth === leaf.path.length - 1) {
      out.push({ value, rowPath: [...rowPath, key], containers: here })
    } else if (leaf.arrays.includes(depth)) {
      if (Array.isArray(value))
        value.forEach((row, index) => step(row as Doc, depth + 1, [...rowPath, key, index], here))
    } else if (value && typeof value === 'object') {
      step(value as Doc, depth + 1, [...rowPath, key], here)
    }
  }
  step(doc, 0, [], [])
  return out
}

/** Whether Payload's field access lets this request read the value: every guard on its path. */
export async function fieldReadable(req: PayloadRequest, doc: Doc, leaf: Leaf, instance: Instance) {
  for (const guard of leaf.guards) {
    const siblingData = instance.containers[guard.path.length - 1] ?? doc
    const allowed = await guard.access({
      req,
      doc,
      siblingData,
      id: doc.id as ID,
      data: doc,
    } as never)
    if (!allowed) return false
  }
  return true
}

const canaryTypes = new Set(['text', 'textarea', 'email', 'number', 'code'])
/** Types whose stored value is replaced by a canary; the others are attacked with what is stored. */
export const takesCanary = (leaf: Leaf, payload: Payload) =>
  canaryTypes.has(leaf.field.type) &&
  !(leaf.field as { hasMany?: boolean }).hasMany &&
  // a row's id is its identity (a session's id is what the login token names)
  leaf.path[leaf.path.length - 1] !== 'id' &&
  // an account's login address keeps its (unique) value: rewriting it would lock the roles out
  !(payload.collections[leaf.collection].config.auth && leaf.path.join('.') === 'email')

/** Values left as stored are still canaries when they are distinctive: addresses, ids, tokens. */
export const distinctive = (value: unknown) => typeof value === 'string' && value.length >= 12

let serial = 0
export function nextCanary(type: string): string | number {
  serial += 1
  const n = String(serial).padStart(5, '0')
  if (type === 'email') return `canary${n}@example.invalid`
  if (type === 'number') return 900_000_000 + serial
  return `CANARY_${n}`
}

/** A value of the leaf's type that matches nothing stored. */
export function nonsenseFor(leaf: Leaf, stored: unknown): unknown {
  const field = leaf.field as FlattenedField & { options?: ({ value: string } | string)[] }
  switch (field.type) {
    case 'number':
      return -987_654_321
    case 'email':
      return 'nomatch00000@example.invalid'
    case 'checkbox':
      return !stored
    case 'date':
      return '1901-01-01T00:00:00.000Z'
    case 'select': {
      const values = (field.options ?? []).map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      const taken = Array.isArray(stored) ? stored : [stored]
      return values.find((value) => !taken.includes(value)) ?? 'no-such-option'
    }
    case 'relationship':
    case 'upload':
      return typeof idOf(Array.isArray(stored) ? stored[0] : stored) === 'string'
        ? '0123456789abcdef01234567'
        : 987_654_321
    default:
      return 'NOMATCH_00000'
  }
}

export const idOf = (value: unknown): ID | undefined =>
  value && typeof value === 'object' ? (value as { id: ID }).id : (value as ID | undefined)

/** A value as a `where` operand: relationship values by id, hasMany values one at a time. */
export function operand(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value
  return first && typeof first === 'object' ? idOf(first) : first
}

// ----- sending requests through Payload's real handlers, in process -----

export type Reply = { status: number; body: unknown; text: string }

type Handler = (
  request: Request,
  args?: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/** Brackets a nested object the way qs does: select[agenda][discussion]=true. */
export function toQuery(params: Record<string, unknown>): string {
  const parts: string[] = []
  const add = (key: string, value: unknown) => {
    if (value === undefined) return
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, child] of Object.entries(value)) add(`${key}[${inner}]`, child)
    } else if (Array.isArray(value)) {
      value.forEach((child, index) => add(`${key}[${index}]`, child))
    } else {
      parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    }
  }
  for (const [key, value] of Object.entries(params)) add(key, value)
  return parts.join('&')
}

export class Client {
  constructor(
    private readonly get: Handler,
    private readonly graphql: Handler,
    private readonly token?: string,
  ) {}

  private headers(): Record<string, string> {
    return this.token
      ? { Authorization: `JWT ${this.token}`, 'Content-Type': 'application/json' }
      : { 'Content-Type': 'application/json' }
  }

  async rest(path: string, params: Record<string, unknown> = {}): Promise<Reply> {
    const query = toQuery(params)
    const request = new Request(`http://localhost:3000/api/${path}${query ? `?${query}` : ''}`, {
      headers: this.headers(),
    })
    const response = await this.get(request, { params: Promise.resolve({ slug: path.split('/') }) })
    return read(response)
  }

  async gql(query: string): Promise<Reply> {
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ query }),
    })
    return read(await this.graphql(request))
  }
}

async function read(response: Response): Promise<Reply> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: kept as text, scanned as text
  }
  return { status: response.status, body, text }
}

// ----- GraphQL names and selections, as @payloadcms/graphql derives them -----

export function graphqlNames(payload: Payload, slug: CollectionSlug) {
  const config = payload.collections[slug].config as {
    graphQL?: false | { singularName?: string; pluralName?: string }
  }
  if (config.graphQL === false) return undefined
  const fromSlug = formatNames(slug)
  const singular = config.graphQL?.singularName
    ? formatNames(config.graphQL.singularName).singular
    : fromSlug.singular
  let plural = config.graphQL?.pluralName
    ? formatNames(config.graphQL.pluralName).plural
    : fromSlug.plural
  if (plural === singular) plural = `all${singular}`
  return { singular, plural, versions: `versions${plural}`, version: `version${singular}` }
}

/** The GraphQL selection of a leaf (relationships by id; polymorphic ones left out). */
export function graphqlSelection(leaf: Leaf): string | undefined {
  const field = leaf.field as FlattenedField & { relationTo?: unknown }
  let inner = ''
  if (field.type === 'relationship' || field.type === 'upload') {
    if (Array.isArray(field.relationTo)) return undefined
    inner = ' { id }'
  } else if (field.type === 'join' || field.type === 'richText') {
    return undefined
  }
  return leaf.path.reduceRight(
    (selection, name, index) =>
      index === leaf.path.length - 1 ? `${name}${inner}` : `${name} { ${selection} }`,
    '',
  )
}

export const graphqlLiteral = (value: unknown) => JSON.stringify(value)

// ----- who may read what -----

export type Roles = Record<RoleName, { user: Doc | null; client: Client }>

export async function requestFor(payload: Payload, user: Doc | null) {
  return createLocalReq(
    { user: user ? ({ ...user, collection: 'users' } as never) : undefined },
    payload,
  )
}

/** The ids of a collection's documents the role reads through the collection's own access. */
export async function readableIds(
  payload: Payload,
  slug: CollectionSlug,
  user: Doc | null,
  versions = false,
): Promise<Set<string>> {
  const options = {
    collection: slug as never,
    overrideAccess: false,
    user: (user ?? undefined) as never,
    pagination: false,
    depth: 0,
  }
  try {
    const { docs } = versions ? await payload.findVersions(options) : await payload.find(options)
    return new Set(docs.map((doc: { id: ID }) => String(doc.id)))
  } catch (error) {
    if ((error as { status?: number }).status === 403) return new Set()
    throw error
  }
}

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
 * Every stored value of every collection in the running config, with the `access.read` rules on
 * its path: groups, named tabs and arrays are followed (rows, collapsibles and unnamed tabs are
 * already flattened by Payload). Blocks are not followed; no collection uses them.
 */
export function allLeaves(payload: Payload): Leaf[] {
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
      } else if (field.type !== 'blocks' && field.type !== 'join') {
        leaves.push({ collection, path, arrays, field, guards: under })
      }
    }
  }
  for (const { config } of Object.values(payload.collections))
    walk(config.slug, config.flattenedFields, [], [], [])
  return leaves
}

/** The values under a field with `access.read`: the ground truth of the rule-based checks. */
export const restrictedLeaves = (payload: Payload) =>
  allLeaves(payload).filter((leaf) => leaf.guards.length > 0)

/** One stored value of a leaf: its row path, and the object each guard sees as its siblings. */
export type Instance = {
  value: unknown
  rowPath: (string | number)[]
  /** `rowPath` with each array index replaced by the row's id */
  keyPath: Key[]
  containers: Doc[]
}
export type Key = string | { row: unknown }

export function instancesOf(doc: Doc, leaf: Leaf): Instance[] {
  const out: Instance[] = []
  const step = (
    node: Doc,
    depth: number,
    rowPath: (string | number)[],
    keyPath: Key[],
    containers: Doc[],
  ) => {
    const key = leaf.path[depth]
    const value = node?.[key]
    const here = [...containers, node]
    if (depth === leaf.path.length - 1) {
      out.push({ value, rowPath: [...rowPath, key], keyPath: [...keyPath, key], containers: here })
    } else if (leaf.arrays.includes(depth)) {
      if (Array.isArray(value))
        value.forEach((row, index) =>
          step(
            row as Doc,
            depth + 1,
            [...rowPath, key, index],
            [...keyPath, key, { row: (row as Doc)?.id }],
            here,
          ),
        )
    } else if (value && typeof value === 'object') {
      step(value as Doc, depth + 1, [...rowPath, key], [...keyPath, key], here)
    }
  }
  step(doc, 0, [], [], [])
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

const restrictedCanaryTypes = new Set(['text', 'textarea', 'email', 'number', 'code'])
const contentTypes = new Set(['text', 'textarea', 'email'])

/**
 * Whether a leaf's stored values are replaced by canaries: every text, textarea and e-mail value
 * (and numbers and code under a read rule), except what must stay real for the world to work.
 */
export function takesCanary(leaf: Leaf, payload: Payload) {
  const { config } = payload.collections[leaf.collection]
  const name = leaf.path[leaf.path.length - 1]
  const dotted = leaf.path.join('.')
  if ((leaf.field as { hasMany?: boolean }).hasMany) return false
  // a row's id is its identity (a session's id is what the login token names)
  if (name === 'id') return false
  // an account's login address is unique and how the roles log in; the hash and salt are the password
  if (config.auth && ['email', 'hash', 'salt'].includes(dotted)) return false
  // pages and links look documents up by slug
  if (name === 'slug') return false
  // an upload's stored file is found by its name and served with its type; its URLs are not read
  // from the database but made from the name on every read
  if (config.upload && ['filename', 'mimeType'].includes(name)) return false
  if (madeOnRead(leaf, payload)) return false
  return (leaf.guards.length > 0 ? restrictedCanaryTypes : contentTypes).has(leaf.field.type)
}

/** Values Payload makes on every read instead of reading them: an upload's URLs. */
export const madeOnRead = (leaf: Leaf, payload: Payload) =>
  Boolean(payload.collections[leaf.collection].config.upload) &&
  leaf.arrays.length === 0 &&
  ['url', 'thumbnailURL'].includes(leaf.path[leaf.path.length - 1])

/** A stored reference to another row or document (a comment's agenda item): kept as it is. */
export const isReference = (value: unknown) =>
  typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value)

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

/** The value a reply shows at a key path (rows found by their id), or undefined. */
export function valueAt(body: unknown, keyPath: Key[]): unknown {
  let node = body
  for (const key of keyPath) {
    if (node == null || typeof node !== 'object') return undefined
    node =
      typeof key === 'string'
        ? (node as Doc)[key]
        : Array.isArray(node)
          ? node.find((row) => String((row as Doc)?.id) === String(key.row))
          : undefined
  }
  return node
}

/** Whether two values are the same stored value (relationships compared by id). */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(norm)
      : value && typeof value === 'object' && 'id' in value
        ? String((value as Doc).id)
        : typeof value === 'number' || typeof value === 'string'
          ? String(value)
          : value
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b))
}

/** Runs the tasks with at most `limit` in flight: the handlers await the database in between. */
export async function inParallel(tasks: (() => Promise<unknown>)[], limit = 4) {
  let next = 0
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]()
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
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
  const field = leaf.field as FlattenedField & { relationTo?: unknown; hidden?: boolean }
  // hidden fields are not in the schema; names GraphQL cannot spell are not either
  if (field.hidden || !leaf.path.every((name) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(name)))
    return undefined
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

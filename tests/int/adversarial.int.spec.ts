import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CollectionSlug, FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  allLeaves,
  Client,
  distinctive,
  fieldReadable,
  graphqlLiteral,
  graphqlNames,
  graphqlSelection,
  idOf,
  inParallel,
  instancesOf,
  isReference,
  madeOnRead,
  type Key,
  type Leaf,
  nextCanary,
  nonsenseFor,
  operand,
  readableIds,
  type Reply,
  requestFor,
  ruleOf,
  sameValue,
  takesCanary,
  valueAt,
} from '../helpers/attack'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { buildWorld, draftMarker, type RoleName, roleNames, type World } from '../helpers/world'

/*
 * The adversarial access test, generated from the running config. Two oracles judge every reply:
 *
 * - the rules: every value under a field with `access.read` gets a canary, and no canary the
 *   field's own rule denies the role may come back in any shape, plain reads included;
 * - the differential: every text, textarea and e-mail value of every document and version gets a
 *   canary; what a plain read (REST by id at depth 0, no select or populate) shows a role is what
 *   that role may see, and no other shape — select, populate, depth, draft, versions, GraphQL with
 *   and without `select` — may show it more. This catches privacy that a hook applies and a shape
 *   gets around, which the rules cannot see.
 *
 * `where` (equals, in, exists, like; REST and GraphQL) and `sort` on every stored value are judged
 * as yes/no oracles against the same truth: a value the plain read does not show, or the rule
 * denies, may be refused or answered as if it matched nothing, never answered. The editor is the
 * positive control: the rule-allowed canaries must come back to them, which proves the shapes work.
 */

type ID = number | string
type Doc = Record<string, unknown>

/** One stored value of a leaf in one document (or one version), and who may read it. */
type Value = {
  leaf: Leaf
  doc: ID
  version?: ID
  rowPath: (string | number)[]
  keyPath: Key[]
  value: unknown
  canary?: string | number
  /** the roles whose request the rules on its path let read it (and its document) */
  allowed: Set<RoleName>
  /** the roles whose plain read of its document or version shows it */
  shown: Set<RoleName>
}

/** A canary and every place it is stored (a document and the versions holding the same text). */
type Entry = { values: Value[]; allowed: Set<RoleName>; draft?: true }

let ctx: TestPayload
let payload: Payload
let world: World
let leaves: Leaf[]
let materialsDir: string
const values: Value[] = []
const byCanary = new Map<string, Entry>()
/** every canary written, and the text it replaced: a document and its versions share one */
const planted = new Map<string, string | number>()
const clients = {} as Record<RoleName, Client>
const readable = {} as Record<
  RoleName,
  Record<string, { docs: Set<string>; versions: Set<string> }>
>
const stored = {} as Record<string, { docs: Doc[]; versions: Doc[] }>
/** the canaries each role's plain reads show: the differential reference */
const plainSeen = {} as Record<RoleName, Set<string>>
const plainProblems = {} as Record<RoleName, string[]>
const cases = new Set<string>()
let canaryPattern: RegExp

const slugs = () => Object.values(payload.collections).map(({ config }) => config.slug)
/** Collections served over REST (the migrations table has no endpoints at all). */
const served = (slug: CollectionSlug) =>
  (payload.collections[slug].config as { endpoints?: unknown }).endpoints !== false
const versioned = (slug: CollectionSlug) => Boolean(payload.collections[slug].config.versions)
const hasDrafts = (slug: CollectionSlug) =>
  Boolean((payload.collections[slug].config.versions as { drafts?: unknown } | undefined)?.drafts)
const nested = (names: string[], value: unknown): Doc =>
  names.reduceRight<unknown>((inner, name) => ({ [name]: inner }), value) as Doc
const dotted = (leaf: Leaf) => leaf.path.join('.')
const plainKey = (slug: string, id: ID, version: boolean) =>
  `${slug}|${version ? 'version' : 'doc'}|${id}`
const plainBodies = {} as Record<RoleName, Map<string, Doc>>

type Field = FlattenedField & { virtual?: unknown; localized?: boolean; hidden?: boolean }
const named = (fields: FlattenedField[]) =>
  (fields as Field[]).filter(
    (field) => 'name' in field && field.name && field.type !== 'join' && !field.virtual,
  )

/**
 * The document as it is stored, in every locale: written back whole, because the SQL adapter
 * rewrites a table's locale rows together and a table's arrays as a whole.
 */
function rewrite(slug: CollectionSlug, doc: Doc): Doc {
  const out: Doc = {}
  for (const field of named(payload.collections[slug].config.flattenedFields))
    if (field.name !== 'id' && doc[field.name] !== undefined)
      out[field.name] = structuredClone(doc[field.name])
  return out
}

/**
 * Replaces every value a canary stands for, in a document read with `locale: 'all'`. The same text
 * at the same place of a document and of its versions gets the same canary: it is the same content.
 */
function plantIn(
  slug: CollectionSlug,
  parent: string,
  fields: FlattenedField[],
  node: Doc,
  names: string[],
  identity: string,
  localized: boolean,
): boolean {
  const { localeCodes } = payload.config.localization as { localeCodes: string[] }
  let changed = false
  for (const field of named(fields)) {
    const here = [...names, field.name]
    const slots: [Doc, string, string][] = []
    if (field.localized && !localized) {
      const current = node[field.name]
      const map = (
        current && typeof current === 'object' && !Array.isArray(current) ? current : {}
      ) as Doc
      if (field.type !== 'array') node[field.name] = map
      for (const locale of localeCodes)
        slots.push([map, locale, `${identity}.${field.name}.${locale}`])
    } else slots.push([node, field.name, `${identity}.${field.name}`])
    const inside = localized || Boolean(field.localized)
    for (const [holder, key, at] of slots) {
      const value = holder[key]
      if (field.type === 'group' || field.type === 'tab') {
        const group = (value && typeof value === 'object' ? value : {}) as Doc
        if (plantIn(slug, parent, field.flattenedFields, group, here, at, inside)) {
          holder[key] = group
          changed = true
        }
      } else if (field.type === 'array') {
        if (Array.isArray(value))
          value.forEach((row, index) => {
            if (
              plantIn(
                slug,
                parent,
                field.flattenedFields,
                row as Doc,
                here,
                `${at}.${index}`,
                inside,
              )
            )
              changed = true
          })
      } else if (field.type !== 'blocks') {
        const leaf = leaves.find(
          (candidate) => candidate.collection === slug && dotted(candidate) === here.join('.'),
        )
        if (!leaf || !takesCanary(leaf, payload) || isReference(value)) continue
        if (value != null && typeof value !== 'string' && typeof value !== 'number') continue
        const identityKey = `${slug}|${parent}|${at}|${JSON.stringify(value ?? null)}`
        let canary = canaryFor.get(identityKey)
        if (canary == null) {
          canary = nextCanary(leaf.field.type)
          canaryFor.set(identityKey, canary)
          planted.set(String(canary), (value ?? null) as string | number)
        }
        holder[key] = canary
        changed = true
      }
    }
  }
  return changed
}
const canaryFor = new Map<string, string | number>()

const defaultLocale = () =>
  payload.config.localization ? payload.config.localization.defaultLocale : undefined

/**
 * What the database holds, read by the adapter itself: the local API would run the collection's
 * `afterRead` hooks, and a hook that hides data hides it from the test's own truth too.
 */
/** A document read in every locale, as a read in one locale gives it. */
function inLocale(fields: FlattenedField[], node: Doc, locale: string, localized = false): Doc {
  const out: Doc = { ...node }
  for (const field of named(fields)) {
    let value = node[field.name]
    if (
      field.localized &&
      !localized &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
    )
      value = (value as Doc)[locale]
    const inside = localized || Boolean(field.localized)
    if ((field.type === 'group' || field.type === 'tab') && value && typeof value === 'object')
      value = inLocale(field.flattenedFields, value as Doc, locale, inside)
    else if (field.type === 'array' && Array.isArray(value))
      value = value.map((row) => inLocale(field.flattenedFields, row as Doc, locale, inside))
    if (value !== undefined) out[field.name] = value
  }
  return out
}

async function storedDocs(slug: CollectionSlug, locale?: string) {
  const { docs } = await payload.db.find({
    collection: slug,
    where: {},
    limit: 0,
    pagination: false,
    // join fields are answers to queries, not stored values
    joins: false as never,
    locale: locale ?? defaultLocale(),
  })
  const { flattenedFields } = payload.collections[slug].config
  // the adapter answers in every locale whatever it is asked
  return (docs as Doc[]).map((doc) =>
    locale === 'all' ? doc : inLocale(flattenedFields, doc, defaultLocale() as string),
  )
}

async function storedVersions(slug: CollectionSlug, locale?: string) {
  if (!versioned(slug)) return []
  const { docs } = await payload.db.findVersions({
    collection: slug,
    where: {},
    limit: 0,
    pagination: false,
    locale: locale ?? defaultLocale(),
  })
  const { flattenedFields } = payload.collections[slug].config
  return (docs as Doc[]).map((version) =>
    locale === 'all'
      ? version
      : {
          ...version,
          version: inLocale(flattenedFields, version.version as Doc, defaultLocale() as string),
        },
  )
}

/** Puts canaries into every document of a collection and every version of them. */
async function plantCanaries(slug: CollectionSlug) {
  const { config } = payload.collections[slug]
  if (!leaves.some((leaf) => leaf.collection === slug && takesCanary(leaf, payload))) return
  for (const doc of await storedDocs(slug, 'all')) {
    const data = rewrite(slug, doc)
    if (plantIn(slug, String(doc.id), config.flattenedFields, data, [], '', false))
      await payload.db.updateOne({ collection: slug, id: doc.id as ID, data })
  }
  for (const version of await storedVersions(slug, 'all')) {
    const data = rewrite(slug, version.version as Doc)
    const parent = String(idOf(version.parent))
    if (plantIn(slug, parent, config.flattenedFields, data, [], '', false))
      await payload.db.updateVersion({
        collection: slug as never,
        id: version.id as ID,
        versionData: { parent: idOf(version.parent), version: data } as never,
      })
  }
}

/** Per value: the roles the rules on its path let read it. */
async function recordValues(slug: CollectionSlug, docs: Doc[], inVersion: boolean) {
  const requests = await Promise.all(
    roleNames.map(async (role) => [role, await requestFor(payload, roleUser(role))] as const),
  )
  for (const storedDoc of docs) {
    const doc = (inVersion ? storedDoc.version : storedDoc) as Doc
    const id = String(inVersion ? storedDoc.id : doc.id)
    // what Payload makes on each read is not the stored column: the column is no one's to see
    for (const leaf of leaves.filter(
      (leaf) => leaf.collection === slug && !madeOnRead(leaf, payload),
    )) {
      for (const instance of instancesOf(doc, leaf)) {
        if (
          instance.value == null ||
          (Array.isArray(instance.value) && instance.value.length === 0)
        )
          continue
        const allowed = new Set<RoleName>()
        for (const [role, req] of requests) {
          const docReadable = inVersion
            ? readable[role][slug].versions.has(id)
            : readable[role][slug].docs.has(id)
          if (
            docReadable &&
            (await fieldReadable(req, { ...doc, id: doc.id ?? storedDoc.parent }, leaf, instance))
          )
            allowed.add(role)
        }
        const isCanary = planted.has(String(instance.value))
        // a value under a rule that was left as stored still betrays itself when distinctive
        const kept =
          leaf.guards.length > 0 &&
          ['text', 'email'].includes(leaf.field.type) &&
          distinctive(instance.value) &&
          !byCanary.has(String(instance.value))
        const canary = isCanary || kept ? (instance.value as string | number) : undefined
        const value: Value = {
          leaf,
          doc: (doc.id as ID) ?? (idOf(storedDoc.parent) as ID),
          rowPath: instance.rowPath,
          keyPath: instance.keyPath,
          value: instance.value,
          canary,
          allowed,
          shown: new Set(),
        }
        if (inVersion) value.version = storedDoc.id as ID
        values.push(value)
        if (canary != null) {
          const entry = byCanary.get(String(canary)) ?? { values: [], allowed: new Set() }
          entry.values.push(value)
          for (const role of allowed) entry.allowed.add(role)
          byCanary.set(String(canary), entry)
        }
      }
    }
  }
}

const roleUser = (role: RoleName) =>
  role === 'anonymous' ? null : (world.users[role] as unknown as Doc)

/**
 * The differential reference: every document and version read plainly by the role. The plain
 * reads are judged by the rules like any other reply.
 */
async function plainReads(role: RoleName) {
  const attack = new Attack(role, clients[role], true)
  const bodies = new Map<string, Doc>()
  const tasks: (() => Promise<unknown>)[] = []
  for (const slug of slugs().filter(served)) {
    const subjects = leaves.filter((leaf) => leaf.collection === slug)
    for (const doc of stored[slug].docs)
      tasks.push(async () => {
        // Payload serves `/api/payload-preferences/:key` (a preference by its key), so that
        // collection's document by id is read as a list of one
        if (slug === 'payload-preferences') {
          const reply = await clients[role].rest(slug, {
            depth: 0,
            'where[id][equals]': String(doc.id),
          })
          attack.check(slug, subjects, 'plain find by id', reply)
          const [found] = (reply.body as { docs?: Doc[] }).docs ?? []
          if (reply.status < 300 && found) bodies.set(plainKey(slug, doc.id as ID, false), found)
          return
        }
        const reply = await clients[role].rest(`${slug}/${doc.id}`, { depth: 0 })
        attack.check(slug, subjects, 'plain findByID', reply)
        if (reply.status < 300) bodies.set(plainKey(slug, doc.id as ID, false), reply.body as Doc)
      })
    for (const version of stored[slug].versions)
      tasks.push(async () => {
        const reply = await clients[role].rest(`${slug}/versions/${version.id}`, { depth: 0 })
        attack.check(slug, subjects, 'plain versions findByID', reply)
        if (reply.status < 300)
          bodies.set(plainKey(slug, version.id as ID, true), reply.body as Doc)
      })
  }
  await inParallel(tasks)
  plainSeen[role] = attack.seen
  plainProblems[role] = attack.problems
  plainBodies[role] = bodies
  for (const value of values) {
    const body = bodies.get(
      plainKey(value.leaf.collection, value.version ?? value.doc, value.version != null),
    )
    const shown = valueAt(value.version != null ? body?.version : body, value.keyPath)
    if (body && sameValue(shown, value.value)) value.shown.add(role)
  }
}

beforeAll(async () => {
  materialsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'adversarial-materials-'))
  ctx = await bootPayload({ MATERIALS_DIR: materialsDir })
  payload = ctx.payload
  world = await buildWorld(payload)
  // refused queries are the expected answer here, thousands of them; each would log a stack
  payload.logger.level = 'fatal'

  const [{ REST_GET, GRAPHQL_POST }, { default: config }] = await Promise.all([
    import('@payloadcms/next/routes'),
    import('@payload-config'),
  ])
  const get = REST_GET(config) as never
  const graphql = GRAPHQL_POST(config) as never
  for (const role of roleNames) {
    const user = roleUser(role)
    const token = user
      ? (
          await payload.login({
            collection: 'users',
            data: { email: user.email as string, password: 'correct horse battery staple' },
          })
        ).token
      : undefined
    clients[role] = new Client(get, graphql, token)
  }

  leaves = allLeaves(payload)
  for (const slug of slugs()) await plantCanaries(slug)
  for (const role of roleNames) {
    readable[role] = {}
    for (const slug of slugs()) {
      readable[role][slug] = {
        docs: await readableIds(payload, slug, roleUser(role)),
        versions: versioned(slug)
          ? await readableIds(payload, slug, roleUser(role), true)
          : new Set(),
      }
    }
  }
  for (const slug of slugs()) {
    stored[slug] = { docs: await storedDocs(slug), versions: await storedVersions(slug) }
    await recordValues(slug, stored[slug].docs, false)
    await recordValues(slug, stored[slug].versions, true)
  }
  // the newer draft's own words: readable only by whoever may read that draft
  const draftReaders = new Set<RoleName>()
  const draftVersions = stored['case-studies'].versions
    .filter((version) => JSON.stringify(version).includes(draftMarker))
    .map((version) => String(version.id))
  for (const role of roleNames)
    if (draftVersions.some((id) => readable[role]['case-studies'].versions.has(id)))
      draftReaders.add(role)
  byCanary.set(draftMarker, { values: [], allowed: draftReaders, draft: true })

  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const keys = [...byCanary.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => (/^\d+$/.test(key) ? `(?<!\\d)${key}(?!\\d)` : escape(key)))
  canaryPattern = new RegExp(keys.join('|'), 'g')

  for (const role of roleNames) await plainReads(role)
}, 300_000)

afterAll(async () => {
  await ctx?.cleanup()
  if (materialsDir) fs.rmSync(materialsDir, { recursive: true, force: true })
})

// ----- judging the replies -----

type Problem = string

class Attack {
  problems: Problem[] = []
  /** every canary that came back to this role, in any shape */
  seen = new Set<string>()
  constructor(
    readonly role: RoleName,
    readonly client: Client,
    /** the plain reads themselves: judged by the rules only, they are the differential reference */
    readonly plain = false,
  ) {}

  private describe(canary: string) {
    const entry = byCanary.get(canary)!
    if (entry.draft) return `the unpublished draft's wording (${draftMarker})`
    const [value] = entry.values
    const where = value.version != null ? `version ${value.version} of ` : ''
    const more = entry.values.length > 1 ? ` (+${entry.values.length - 1} versions)` : ''
    return `${value.leaf.collection}.${value.rowPath.join('.')} of ${where}#${value.doc}${more}`
  }

  /**
   * The canaries in a reply this role may not read: denied by a rule, or not in the role's plain
   * read of their document. GraphQL errors (which echo the query) are not data.
   */
  leaksIn(reply: Reply, graphql = false): string[] {
    if (reply.status >= 400) return []
    const text = graphql
      ? JSON.stringify((reply.body as { data?: unknown })?.data ?? null)
      : reply.text
    const found = new Set(text.match(canaryPattern) ?? [])
    for (const canary of found) this.seen.add(canary)
    return [...found].flatMap((canary) => {
      const reasons: string[] = []
      if (!byCanary.get(canary)!.allowed.has(this.role)) reasons.push('its rule denies it')
      if (!this.plain && !plainSeen[this.role].has(canary)) reasons.push(`beyond the plain read`)
      return reasons.length > 0
        ? [`${canary} (${this.describe(canary)}: ${reasons.join(', ')})`]
        : []
    })
  }

  record(collection: CollectionSlug, subjects: Leaf[], shape: string) {
    for (const leaf of subjects) cases.add(`${collection}|${dotted(leaf)}|${this.role}|${shape}`)
  }

  /** A reading shape: it must carry no forbidden canary and answer below 500. */
  check(
    collection: CollectionSlug,
    subjects: Leaf[],
    shape: string,
    reply: Reply,
    graphql = false,
  ) {
    this.record(collection, subjects, shape)
    const rules = [...new Set(subjects.map((leaf) => leaf.path[0]))]
    const label = `${collection}.{${rules.length > 4 ? '*' : rules.join(',')}} | ${this.role} | ${shape}`
    if (reply.status >= 500)
      this.problems.push(`${label}: HTTP ${reply.status} ${reply.text.slice(0, 200)}`)
    // a query the schema rejects covers nothing: that is the test's mistake, not an answer
    const errors = graphql ? ((reply.body as { errors?: { message: string }[] }).errors ?? []) : []
    const malformed = errors.filter((error) =>
      /Cannot query field|Unknown argument|Syntax Error|Expected (value of )?type|is not defined by type/.test(
        error.message,
      ),
    )
    if (malformed.length > 0)
      this.problems.push(`${label}: malformed query — ${malformed[0].message}`)
    const leaked = this.leaksIn(reply, graphql)
    if (leaked.length > 0) this.problems.push(`${label}: leaked ${leaked.join(', ')}`)
  }

  /** Positive control: the canaries the role may read must be in the reply. */
  expectCanaries(leaf: Leaf, shape: string, reply: Reply, expected: Value[], graphql = false) {
    if (reply.status >= 400 || (graphql && (reply.body as { errors?: unknown }).errors)) {
      this.problems.push(
        `${leaf.collection}.${dotted(leaf)} | ${this.role} | ${shape}: control refused (${reply.status}) ${reply.text.slice(0, 300)}`,
      )
      return
    }
    const text = graphql ? JSON.stringify((reply.body as { data?: unknown }).data) : reply.text
    const missing = expected.filter((value) => !text.includes(String(value.canary)))
    if (missing.length > 0) {
      this.problems.push(
        `${leaf.collection}.${dotted(leaf)} | ${this.role} | ${shape}: control missing ${missing.map((value) => this.describe(String(value.canary))).join(', ')}`,
      )
    }
  }
}

const idsIn = (reply: Reply, graphql = false): string[] | undefined => {
  if (reply.status >= 400) return undefined
  const body = reply.body as {
    docs?: { id: ID }[]
    data?: Record<string, { docs?: { id: ID }[] } | null>
  }
  const docs = graphql ? Object.values(body.data ?? {})[0]?.docs : body.docs
  return docs?.map((doc) => String(doc.id))
}

/**
 * The yes/no oracle: a filter on the value, compared with the same filter on a value that matches
 * nothing, over the documents whose value the role may not see. Refused (4xx) is fine.
 */
function compareOracle(
  attack: Attack,
  leaf: Leaf,
  shape: string,
  hidden: Set<string>,
  probe: Reply,
  baseline: Reply,
  graphql = false,
) {
  attack.check(leaf.collection, [leaf], shape, probe, graphql)
  attack.check(leaf.collection, [leaf], `${shape} (baseline)`, baseline, graphql)
  const found = idsIn(probe, graphql)
  if (found === undefined || (graphql && (probe.body as { errors?: unknown }).errors)) return
  const base = idsIn(baseline, graphql)
  if (base === undefined || (graphql && (baseline.body as { errors?: unknown }).errors)) {
    attack.problems.push(
      `${leaf.collection}.${dotted(leaf)} | ${attack.role} | ${shape}: answered (${probe.status}) while the baseline was refused (${baseline.status})`,
    )
    return
  }
  const answer = found
    .filter((id) => hidden.has(id))
    .sort()
    .join(',')
  const none = base
    .filter((id) => hidden.has(id))
    .sort()
    .join(',')
  if (answer !== none) {
    attack.problems.push(
      `${leaf.collection}.${dotted(leaf)} | ${attack.role} | ${shape}: yes/no oracle — hidden documents matched [${answer}] vs [${none}] for a value matching nothing`,
    )
  }
}

/** Who refers to a collection: [referrer slug] for every relationship or upload pointing at it. */
function referrers(target: CollectionSlug): CollectionSlug[] {
  const found = new Set<CollectionSlug>()
  const walk = (slug: CollectionSlug, fields: readonly unknown[]) => {
    for (const field of fields as {
      type: string
      relationTo?: string | string[]
      flattenedFields?: unknown[]
      blocks?: { flattenedFields: unknown[] }[]
    }[]) {
      if (
        (field.type === 'relationship' || field.type === 'upload') &&
        [field.relationTo].flat().includes(target)
      )
        found.add(slug)
      if (field.flattenedFields) walk(slug, field.flattenedFields)
      for (const block of field.blocks ?? []) walk(slug, block.flattenedFields)
    }
  }
  for (const { config } of Object.values(payload.collections))
    walk(config.slug, config.flattenedFields)
  return [...found]
}

/** Whether the field's access lets the role filter or sort on it (Payload asks without a document). */
async function filterable(role: RoleName, leaf: Leaf) {
  const req = await requestFor(payload, roleUser(role))
  for (const guard of leaf.guards)
    if (!(await guard.access({ req, siblingData: {}, data: {} } as never))) return false
  return true
}

/** A stored value as the strings a filter compares (relationships by id, hasMany one by one). */
const strings = (value: unknown) =>
  (Array.isArray(value) ? value : [value]).map((item) =>
    item && typeof item === 'object' ? String(idOf(item)) : String(item),
  )

// ----- the shapes -----

type Task = () => Promise<unknown>
const contentTypes = new Set(['text', 'textarea', 'email', 'richText', 'code', 'json'])

/** Every way of reading a collection's documents, judged by both oracles. */
function readingShapes(attack: Attack, slug: CollectionSlug): Task[] {
  const { client } = attack
  const tasks: Task[] = []
  const run = (subjects: Leaf[], shape: string, request: () => Promise<Reply>, graphql = false) =>
    tasks.push(async () => attack.check(slug, subjects, shape, await request(), graphql))
  const all = leaves.filter((leaf) => leaf.collection === slug)
  const docIds = stored[slug].docs.map((doc) => String(doc.id))
  const versionIds = stored[slug].versions.map((version) => String(version.id))
  if (docIds.length === 0 || !served(slug)) return tasks
  const names = graphqlNames(payload, slug)
  const selectionOf = (subjects: Leaf[]) => subjects.map(graphqlSelection).filter(Boolean).join(' ')
  const tops = named(payload.collections[slug].config.flattenedFields).filter(
    (field) => field.name !== 'id',
  )

  // whole documents (depth 0 by id is the plain read; the lists reach every depth)
  for (const depth of [0, 1, 2, 3])
    run(all, `find depth=${depth}`, () => client.rest(slug, { depth, limit: 100 }))
  for (const id of docIds)
    run(all, 'findByID depth=1', () => client.rest(`${slug}/${id}`, { depth: 1 }))
  const everything = selectionOf(all)
  if (names && everything) {
    run(
      all,
      'graphql list',
      () => client.gql(`{ ${names.plural}(limit: 100) { docs { id ${everything} } } }`),
      true,
    )
    for (const id of docIds)
      run(
        all,
        'graphql byID',
        () => client.gql(`{ ${names.singular}(id: ${graphqlLiteral(id)}) { id ${everything} } }`),
        true,
      )
  }
  if (hasDrafts(slug)) {
    run(all, 'find draft=true', () => client.rest(slug, { draft: 'true', depth: 1, limit: 100 }))
    for (const id of docIds)
      run(all, 'findByID draft=true', () =>
        client.rest(`${slug}/${id}`, { draft: 'true', depth: 1 }),
      )
  }
  if (versioned(slug)) {
    for (const depth of [0, 2])
      run(all, `versions find depth=${depth}`, () =>
        client.rest(`${slug}/versions`, { depth, limit: 100 }),
      )
    for (const id of versionIds)
      run(all, 'versions findByID depth=1', () =>
        client.rest(`${slug}/versions/${id}`, { depth: 1 }),
      )
    if (names && everything)
      run(
        all,
        'graphql versions',
        () =>
          client.gql(`{ ${names.versions}(limit: 100) { docs { id version { ${everything} } } } }`),
        true,
      )
  }

  // each top-level field alone, and everything but it: a hook that decides from fields the
  // request left out sees only part of the document
  const populatedBy = referrers(slug).filter((referrer) => stored[referrer]?.docs.length)
  for (const top of tops) {
    const under = all.filter((leaf) => leaf.path[0] === top.name)
    const only = { [top.name]: true }
    run(under, `find select[${top.name}]=true`, () =>
      client.rest(slug, { select: only, depth: 0, limit: 100 }),
    )
    // what a hook decides from is a relationship, a flag, a status or a date, not free text
    if (!contentTypes.has(top.type))
      run(all, `find select[${top.name}]=false`, () =>
        client.rest(slug, { select: { [top.name]: false }, depth: 0, limit: 100 }),
      )
    for (const referrer of populatedBy)
      run(under, `populate[${slug}][${top.name}] from ${referrer}`, () =>
        client.rest(referrer, { depth: 1, limit: 100, populate: { [slug]: only } }),
      )
    const selection = selectionOf(under)
    if (names && selection)
      run(
        under,
        `graphql list select ${top.name}`,
        () =>
          client.gql(`{ ${names.plural}(limit: 100, select: true) { docs { id ${selection} } } }`),
        true,
      )
    if (versioned(slug)) {
      run(under, `versions select[version][${top.name}]`, () =>
        client.rest(`${slug}/versions`, { select: { version: only }, depth: 0, limit: 100 }),
      )
      if (names && selection)
        run(
          under,
          `graphql versions select ${top.name}`,
          () =>
            client.gql(
              `{ ${names.versions}(limit: 100, select: true) { docs { id version { ${selection} } } } }`,
            ),
          true,
        )
    }
  }
  return tasks
}

/** Per access rule: select it, populate it, ask GraphQL for it; the editor must get it back. */
function ruleShapes(attack: Attack, slug: CollectionSlug): Task[] {
  const { role, client } = attack
  const tasks: Task[] = []
  const own = leaves.filter((leaf) => leaf.collection === slug && leaf.guards.length > 0)
  const mainValues = values.filter(
    (value) => value.leaf.collection === slug && value.version == null,
  )
  const versionValues = values.filter(
    (value) => value.leaf.collection === slug && value.version != null,
  )
  const docIds = stored[slug].docs.map((doc) => String(doc.id))
  const names = graphqlNames(payload, slug)
  if (!served(slug)) return tasks
  const control = (leaf: Leaf, shape: string, reply: Reply, list: Value[], graphql = false) => {
    if (role !== 'editor') return
    const mine = list.filter(
      (value) => value.leaf === leaf && value.canary != null && value.allowed.has(role),
    )
    attack.expectCanaries(leaf, shape, reply, mine, graphql)
  }
  for (const rule of [...new Set(own.map(ruleOf))]) {
    const under = own.filter((leaf) => ruleOf(leaf) === rule)
    const select = nested(rule.split('.'), true)
    const check = (shape: string, reply: Reply, graphql = false) =>
      attack.check(slug, under, shape, reply, graphql)
    tasks.push(async () => {
      const selected = await client.rest(slug, { select, depth: 0, limit: 100 })
      check('find select', selected)
      for (const leaf of under) control(leaf, 'find select', selected, mainValues)
    })
    for (const id of docIds)
      tasks.push(async () =>
        check('findByID select', await client.rest(`${slug}/${id}`, { select, depth: 0 })),
      )
    for (const referrer of referrers(slug))
      tasks.push(async () =>
        check(
          `populate from ${referrer} depth=1`,
          await client.rest(referrer, { depth: 1, limit: 100, populate: { [slug]: select } }),
        ),
      )
    const selections = under.map(graphqlSelection).filter(Boolean).join(' ')
    if (names && selections) {
      tasks.push(async () => {
        const list = await client.gql(
          `{ ${names.plural}(limit: 100) { docs { id ${selections} } } }`,
        )
        check('graphql list', list, true)
        for (const leaf of under) control(leaf, 'graphql list', list, mainValues, true)
      })
      // by id: the whole-document GraphQL read asks for every field of every document
    }
    if (versioned(slug)) {
      tasks.push(async () => {
        const selected = await client.rest(`${slug}/versions`, {
          select: { version: select },
          depth: 0,
          limit: 100,
        })
        check('versions select', selected)
        for (const leaf of under) control(leaf, 'versions select', selected, versionValues)
      })
      if (names && selections)
        tasks.push(async () => {
          const list = await client.gql(
            `{ ${names.versions}(limit: 100) { docs { id version { ${selections} } } } }`,
          )
          check('graphql versions', list, true)
          for (const leaf of under) control(leaf, 'graphql versions', list, versionValues, true)
        })
    }
  }
  return tasks
}

/**
 * `where` and `sort` on every stored value. Attacked: the values the role's plain read does not
 * show or the rule denies, in documents it reads. The editor's control: the values a rule allows
 * them must be found.
 */
function filterShapes(attack: Attack, slug: CollectionSlug): Task[] {
  const { role, client } = attack
  const tasks: Task[] = []
  const names = graphqlNames(payload, slug)
  if (!served(slug)) return tasks
  for (const leaf of leaves.filter((leaf) => leaf.collection === slug)) {
    for (const scope of ['docs', 'versions'] as const) {
      if (scope === 'versions' && !versioned(slug)) continue
      const key = (value: Value) => String(scope === 'docs' ? value.doc : value.version)
      const pool = values.filter(
        (value) =>
          value.leaf === leaf &&
          (scope === 'docs') === (value.version == null) &&
          readable[role][slug][scope].has(key(value)),
      )
      const path = scope === 'docs' ? dotted(leaf) : `version.${dotted(leaf)}`
      const endpoint = scope === 'docs' ? slug : `${slug}/versions`
      const prefix = scope === 'versions' ? 'versions ' : ''
      const query = (where: Doc) =>
        client.rest(endpoint, {
          where,
          depth: 0,
          limit: 100,
          select: scope === 'docs' ? { id: true } : undefined,
        })
      const gqlPath = (scope === 'versions' ? ['version', ...leaf.path] : leaf.path).join('__')
      // a hidden field is not in the GraphQL schema: the schema refuses it before any resolver
      const list =
        names &&
        !(leaf.field as { hidden?: boolean }).hidden &&
        (scope === 'docs' ? names.plural : names.versions)
      // a select's options are GraphQL enum values, written bare
      const literal = (value: unknown) =>
        leaf.field.type === 'select'
          ? String(value).replace(/[^0-9A-Za-z_]/g, '_')
          : graphqlLiteral(value)
      const gql = (value: unknown) =>
        client.gql(
          `{ ${list}(where: { ${gqlPath}: { equals: ${literal(value)} } }, limit: 100) { docs { id } } }`,
        )

      // the attack: per document, what of this value the role sees and what it does not
      const seen = (value: Value) => value.allowed.has(role) && value.shown.has(role)
      const byDoc = new Map<string, { hidden: Value[]; shown: Value[] }>()
      for (const value of pool) {
        const entry = byDoc.get(key(value)) ?? { hidden: [], shown: [] }
        entry[seen(value) ? 'shown' : 'hidden'].push(value)
        byDoc.set(key(value), entry)
      }
      const targets = pool.filter((value) => !seen(value))
      // the documents whose answer only a hidden value can decide
      const hiddenFor = (matches: (value: unknown) => boolean) =>
        new Set(
          [...byDoc]
            .filter(
              ([, entry]) =>
                entry.hidden.length > 0 && !entry.shown.some((value) => matches(value.value)),
            )
            .map(([id]) => id),
        )
      if (targets.length > 0) {
        const first = operand(targets[0].value)
        const nonsense = nonsenseFor(leaf, targets[0].value)
        const inList = [...new Set(targets.map((value) => operand(value.value)))]
        // a rich text or JSON value is a document, not an operand: only its presence is asked
        const structured = ['richText', 'json'].includes(leaf.field.type)
        const probes: [string, Doc, Doc, (value: unknown) => boolean][] = [
          [
            'equals',
            { [path]: { equals: first } },
            { [path]: { equals: nonsense } },
            (value) => strings(value).includes(String(first)),
          ],
          [
            'in',
            { [path]: { in: inList.join(',') } },
            { [path]: { equals: nonsense } },
            (value) => strings(value).some((item) => inList.map(String).includes(item)),
          ],
          [
            'exists',
            { [path]: { exists: true } },
            { [path]: { exists: false } },
            (value) => value != null,
          ],
        ]
        if (structured) probes.splice(0, 2)
        if (typeof first === 'string' && leaf.field.type !== 'select')
          probes.push([
            'like',
            { [path]: { like: first } },
            { [path]: { equals: nonsense } },
            (value) =>
              strings(value).some((item) => item.toLowerCase().includes(first.toLowerCase())),
          ])
        for (const [operator, where, baseline, matches] of probes)
          tasks.push(async () => {
            const [probe, base] = await Promise.all([query(where), query(baseline)])
            compareOracle(
              attack,
              leaf,
              `${prefix}where ${operator}`,
              hiddenFor(matches),
              probe,
              base,
            )
          })
        if (list && !structured)
          tasks.push(async () => {
            const [probe, base] = await Promise.all([gql(first), gql(nonsense)])
            const matches = (value: unknown) => strings(value).includes(String(first))
            compareOracle(
              attack,
              leaf,
              `graphql ${prefix}where equals`,
              hiddenFor(matches),
              probe,
              base,
              true,
            )
          })
        // sorting: the order of the documents whose every value of this field is hidden
        const unseen = [...byDoc].filter(([, entry]) => entry.shown.length === 0)
        const distinct =
          new Set(
            unseen.flatMap(([, entry]) => entry.hidden.map((value) => JSON.stringify(value.value))),
          ).size > 1
        if (scope === 'docs' && unseen.length > 1 && distinct)
          tasks.push(async () => {
            const hidden = new Set(unseen.map(([id]) => id))
            const [ascending, descending] = await Promise.all([
              client.rest(slug, { sort: path, depth: 0, limit: 100 }),
              client.rest(slug, { sort: `-${path}`, depth: 0, limit: 100 }),
            ])
            attack.check(slug, [leaf], 'sort asc', ascending)
            attack.check(slug, [leaf], 'sort desc', descending)
            const up = idsIn(ascending)?.filter((id) => hidden.has(id))
            const down = idsIn(descending)?.filter((id) => hidden.has(id))
            if (up && down && up.join(',') !== down.join(','))
              attack.problems.push(
                `${slug}.${dotted(leaf)} | ${role} | sort: the order of documents follows the hidden values ([${up}] vs [${down}])`,
              )
          })
      }

      // the control: what a rule allows the editor, the editor finds
      if (role !== 'editor' || leaf.guards.length === 0) continue
      const allowed = pool.filter((value) => value.allowed.has(role))
      if (allowed.length === 0) continue
      tasks.push(async () => {
        // the control filters only where the rule lets staff filter; a row's id is no content
        const controlFilters =
          (await filterable(role, leaf)) && leaf.path[leaf.path.length - 1] !== 'id'
        const found = new Set(allowed.map(key))
        const first = operand(allowed[0].value)
        const probes: [string, Doc][] = [
          ['equals', { [path]: { equals: first } }],
          [
            'in',
            {
              [path]: { in: [...new Set(allowed.map((value) => operand(value.value)))].join(',') },
            },
          ],
          ['exists', { [path]: { exists: true } }],
        ]
        if (typeof first === 'string' && leaf.field.type !== 'select')
          probes.push(['like', { [path]: { like: first } }])
        for (const [operator, where] of probes) {
          const probe = await query(where)
          const shape = `${prefix}where ${operator}`
          attack.check(slug, [leaf], shape, probe)
          if (controlFilters && operator !== 'exists' && !idsIn(probe)?.some((id) => found.has(id)))
            attack.problems.push(
              `${slug}.${dotted(leaf)} | editor | ${shape}: control found nothing (${probe.status}) ${probe.text.slice(0, 200)}`,
            )
        }
        if (list) {
          const probe = await gql(first)
          const shape = `graphql ${prefix}where equals`
          attack.check(slug, [leaf], shape, probe, true)
          if (controlFilters && !idsIn(probe, true)?.some((id) => found.has(id)))
            attack.problems.push(
              `${slug}.${dotted(leaf)} | editor | ${shape}: control found nothing ${probe.text.slice(0, 300)}`,
            )
        }
        if (scope === 'docs') {
          const [ascending, descending] = await Promise.all([
            client.rest(slug, { sort: path, depth: 0, limit: 100 }),
            client.rest(slug, { sort: `-${path}`, depth: 0, limit: 100 }),
          ])
          attack.check(slug, [leaf], 'sort asc', ascending)
          attack.check(slug, [leaf], 'sort desc', descending)
          const up = idsIn(ascending)?.filter((id) => found.has(id))
          const down = idsIn(descending)?.filter((id) => found.has(id))
          const distinct = new Set(allowed.map((value) => String(value.value))).size > 1
          if (
            controlFilters &&
            up &&
            down &&
            found.size > 1 &&
            distinct &&
            leaf.arrays.length === 0 &&
            allowed[0].canary != null &&
            up.join(',') === down.join(',')
          )
            attack.problems.push(
              `${slug}.${dotted(leaf)} | editor | sort: control — ascending and descending give the same order`,
            )
        }
      })
    }
  }
  return tasks
}

async function attackCollection(attack: Attack, slug: CollectionSlug) {
  await inParallel([
    ...readingShapes(attack, slug),
    ...ruleShapes(attack, slug),
    ...filterShapes(attack, slug),
  ])
}

describe('adversarial access: nothing private on any path into the data', () => {
  it('finds private fields to attack and plants canaries in every stored text', () => {
    const rules = [
      ...new Set(
        leaves
          .filter((leaf) => leaf.guards.length > 0)
          .map((leaf) => `${leaf.collection}.${ruleOf(leaf)}`),
      ),
    ]
    console.info(`restricted rules (${rules.length}): ${rules.join(', ')}`)
    const texts = leaves.filter((leaf) => ['text', 'textarea', 'email'].includes(leaf.field.type))
    const kept = texts.filter((leaf) => !takesCanary(leaf, payload))
    console.info(
      `canaries: ${planted.size} planted in ${texts.length - kept.length} text fields; kept as stored: ${kept.map((leaf) => `${leaf.collection}.${dotted(leaf)}`).join(', ')}`,
    )
    expect(rules.length).toBeGreaterThan(10)
    expect(byCanary.size).toBeGreaterThan(200)
    // every collection with documents and a text field carries canaries
    const bare = slugs().filter(
      (slug) =>
        stored[slug].docs.length > 0 &&
        texts.some((leaf) => leaf.collection === slug && takesCanary(leaf, payload)) &&
        !values.some((value) => value.leaf.collection === slug && planted.has(String(value.value))),
    )
    expect(bare, 'collections without a canary').toEqual([])
  })

  it('reads every document plainly, as each role, without a rule-denied value', () => {
    // the reference must mean something: the editor's plain reads show most canaries, the
    // visitor's far fewer
    expect(plainSeen.editor.size).toBeGreaterThan(byCanary.size / 2)
    expect(plainSeen.anonymous.size).toBeLessThan(plainSeen.editor.size)
    const problems = roleNames.flatMap((role) => plainProblems[role])
    expect(problems, `${problems.length} problems:\n${problems.join('\n')}`).toEqual([])
  })

  for (const role of roleNames) {
    it(`${role === 'editor' ? 'returns every canary to the editor (positive control) and ' : ''}leaks nothing to ${role}`, async () => {
      const attack = new Attack(role, clients[role])
      for (const slug of slugs()) await attackCollection(attack, slug)
      if (role === 'editor') {
        const missing = [...byCanary]
          .filter(
            ([canary, entry]) =>
              entry.values.some((value) => value.leaf.guards.length > 0) &&
              entry.allowed.has('editor') &&
              !attack.seen.has(canary) &&
              !plainSeen.editor.has(canary),
          )
          .map(([canary]) => canary)
        if (missing.length > 0)
          attack.problems.push(`editor | any shape: control — never returned ${missing.join(', ')}`)
      }
      expect(
        attack.problems,
        `${attack.problems.length} problems:\n${attack.problems.join('\n')}`,
      ).toEqual([])
    }, 600_000)
  }

  it('notices a leak: the editor’s answers judged as if an anonymous visitor had them', async () => {
    const attack = new Attack('anonymous', clients.editor)
    await attackCollection(attack, 'centres')
    expect(attack.problems.some((problem) => problem.includes('its rule denies it'))).toBe(true)
    expect(attack.problems.some((problem) => problem.includes('beyond the plain read'))).toBe(true)
    expect(attack.problems.some((problem) => problem.includes('yes/no oracle'))).toBe(true)
  }, 600_000)

  it('covered enough cases to mean something', () => {
    console.info(`adversarial access: ${cases.size} (collection, field, role, shape) cases`)
    // about 96,000 today: every field of every collection, for every role and shape
    expect(cases.size).toBeGreaterThan(90_000)
  })
})

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  Client,
  distinctive,
  fieldReadable,
  graphqlLiteral,
  graphqlNames,
  graphqlSelection,
  idOf,
  instancesOf,
  type Leaf,
  nextCanary,
  nonsenseFor,
  operand,
  readableIds,
  type Reply,
  requestFor,
  restrictedLeaves,
  ruleOf,
  takesCanary,
} from '../helpers/attack'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { buildWorld, draftMarker, type RoleName, roleNames, type World } from '../helpers/world'

/*
 * The adversarial access test, generated from the running config: every value under a field
 * with `access.read`, in every collection, gets a canary; every role then tries every way of
 * reading or asking about it (REST find/findByID with depth, select, populate, draft, where,
 * sort; GraphQL lists and filters; versions) and no canary the role may not read may come
 * back, nor a yes/no answer about one. The editor is the positive control: the same shapes
 * must return the canaries to them, which proves the shapes and canaries work.
 */

type ID = number | string
type Doc = Record<string, unknown>

/** One stored value of a leaf in one document (or one version), and who may read it. */
type Value = {
  leaf: Leaf
  doc: ID
  version?: ID
  rowPath: (string | number)[]
  value: unknown
  canary?: string | number
  allowed: Set<RoleName>
}

let ctx: TestPayload
let payload: Payload
let world: World
let leaves: Leaf[]
let materialsDir: string
const values: Value[] = []
const byCanary = new Map<string, Value | { draft: true; allowed: Set<RoleName> }>()
const clients = {} as Record<RoleName, Client>
const readable = {} as Record<
  RoleName,
  Record<string, { docs: Set<string>; versions: Set<string> }>
>
const cases = new Set<string>()
let canaryPattern: RegExp

const versioned = (slug: CollectionSlug) => Boolean(payload.collections[slug].config.versions)
const hasDrafts = (slug: CollectionSlug) =>
  Boolean((payload.collections[slug].config.versions as { drafts?: unknown } | undefined)?.drafts)
const nested = (names: string[], value: unknown): Doc =>
  names.reduceRight<unknown>((inner, name) => ({ [name]: inner }), value) as Doc
const dotted = (leaf: Leaf) => leaf.path.join('.')

/** Writes a value at a row path into a copy of the document's top-level value. */
function setAt(target: Doc, rowPath: (string | number)[], value: unknown) {
  let node = target as Record<string | number, unknown>
  for (const key of rowPath.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[rowPath[rowPath.length - 1]] = value
}

const columnTypes = new Set([
  'text',
  'textarea',
  'email',
  'number',
  'select',
  'checkbox',
  'date',
  'relationship',
  'upload',
  'code',
  'json',
])

/**
 * The document's own columns as stored: the SQL adapter writes a patch holding arrays as an
 * upsert of the whole row, so the row's NOT NULL columns go along unchanged.
 */
function ownColumns(slug: CollectionSlug, doc: Doc): Doc {
  const columns: Doc = {}
  for (const field of payload.collections[slug].config.flattenedFields as {
    name: string
    type: string
    hasMany?: boolean
    localized?: boolean
    virtual?: unknown
    relationTo?: unknown
  }[]) {
    if (
      !columnTypes.has(field.type) ||
      field.hasMany ||
      field.localized ||
      field.virtual ||
      Array.isArray(field.relationTo)
    )
      continue
    if (doc[field.name] !== undefined)
      columns[field.name] =
        field.type === 'relationship' || field.type === 'upload'
          ? idOf(doc[field.name])
          : doc[field.name]
  }
  return columns
}

/** Puts canaries into every value that can hold one, in documents or in their versions. */
async function plantCanaries(
  slug: CollectionSlug,
  docs: Doc[],
  write: (id: ID, patch: Doc) => Promise<unknown>,
  inVersion: boolean,
) {
  for (const stored of docs) {
    const doc = (inVersion ? stored.version : stored) as Doc
    let patch: Doc = {}
    for (const leaf of leaves.filter(
      (leaf) => leaf.collection === slug && takesCanary(leaf, payload),
    )) {
      for (const instance of instancesOf(doc, leaf)) {
        const top = leaf.path[0]
        if (!(top in patch))
          patch[top] = structuredClone(doc[top] ?? (leaf.path.length > 1 ? {} : null))
        setAt(patch, instance.rowPath, nextCanary(leaf.field.type))
      }
    }
    if (Object.keys(patch).length === 0) continue
    if (Object.values(patch).some(Array.isArray)) patch = { ...ownColumns(slug, doc), ...patch }
    await write(
      stored.id as ID,
      inVersion ? { parent: idOf(stored.parent), version: patch } : patch,
    )
  }
}

async function storedDocs(slug: CollectionSlug) {
  return (
    await payload.find({
      collection: slug as never,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      draft: false,
    })
  ).docs as Doc[]
}

async function storedVersions(slug: CollectionSlug) {
  if (!versioned(slug)) return []
  return (
    await payload.findVersions({
      collection: slug as never,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as Doc[]
}

/** The ground truth: per value, the roles whose request the field's own access lets read it. */
async function recordValues(slug: CollectionSlug, docs: Doc[], inVersion: boolean) {
  const requests = await Promise.all(
    roleNames.map(async (role) => [role, await requestFor(payload, roleUser(role))] as const),
  )
  for (const stored of docs) {
    const doc = (inVersion ? stored.version : stored) as Doc
    const id = String(inVersion ? stored.id : doc.id)
    for (const leaf of leaves.filter((leaf) => leaf.collection === slug)) {
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
            (await fieldReadable(req, { ...doc, id: doc.id ?? stored.parent }, leaf, instance))
          )
            allowed.add(role)
        }
        const planted =
          takesCanary(leaf, payload) && ['string', 'number'].includes(typeof instance.value)
        const kept =
          ['text', 'email'].includes(leaf.field.type) &&
          distinctive(instance.value) &&
          !byCanary.has(String(instance.value))
        const canary = planted || kept ? (instance.value as string | number) : undefined
        const value: Value = {
          leaf,
          doc: (doc.id as ID) ?? (idOf(stored.parent) as ID),
          rowPath: instance.rowPath,
          value: instance.value,
          canary,
          allowed,
        }
        if (inVersion) value.version = stored.id as ID
        values.push(value)
        if (canary != null) byCanary.set(String(canary), value)
      }
    }
  }
}

const roleUser = (role: RoleName) =>
  role === 'anonymous' ? null : (world.users[role] as unknown as Doc)

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

  leaves = restrictedLeaves(payload)
  const slugs = [...new Set(leaves.map((leaf) => leaf.collection))]
  for (const slug of slugs) {
    await plantCanaries(
      slug,
      await storedDocs(slug),
      (id, data) => payload.db.updateOne({ collection: slug, id, data }),
      false,
    )
    const versions = await storedVersions(slug)
    await plantCanaries(
      slug,
      versions,
      (id, versionData) =>
        payload.db.updateVersion({
          collection: slug as never,
          id,
          versionData: versionData as never,
        }),
      true,
    )
  }
  for (const role of roleNames) {
    readable[role] = {}
    for (const { config } of Object.values(payload.collections)) {
      readable[role][config.slug] = {
        docs: await readableIds(payload, config.slug, roleUser(role)),
        versions: versioned(config.slug)
          ? await readableIds(payload, config.slug, roleUser(role), true)
          : new Set(),
      }
    }
  }
  for (const slug of slugs) {
    await recordValues(slug, await storedDocs(slug), false)
    await recordValues(slug, await storedVersions(slug), true)
  }
  // the newer draft's own words: readable only by whoever may read that draft
  const draftReaders = new Set<RoleName>()
  const draftVersions = (
    await payload.findVersions({
      collection: 'case-studies',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
    .filter((version) => JSON.stringify(version).includes(draftMarker))
    .map((version) => String(version.id))
  for (const role of roleNames)
    if (draftVersions.some((id) => readable[role]['case-studies'].versions.has(id)))
      draftReaders.add(role)
  byCanary.set(draftMarker, { draft: true, allowed: draftReaders })

  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const keys = [...byCanary.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => (/^\d+$/.test(key) ? `(?<!\\d)${key}(?!\\d)` : escape(key)))
  canaryPattern = new RegExp(keys.join('|'), 'g')
}, 300_000)

afterAll(async () => {
  await ctx?.cleanup()
  if (materialsDir) fs.rmSync(materialsDir, { recursive: true, force: true })
})

// ----- running the shapes for one role -----

type Problem = string

class Attack {
  problems: Problem[] = []
  /** every canary that came back to this role, in any shape */
  seen = new Set<string>()
  constructor(
    readonly role: RoleName,
    readonly client: Client,
  ) {}

  private describe(value: Value | { draft: true }) {
    if ('draft' in value) return `the unpublished draft's wording (${draftMarker})`
    const where = value.version != null ? `version ${value.version} of ` : ''
    return `${value.leaf.collection}.${value.rowPath.join('.')} of ${where}#${value.doc}`
  }

  /** The canaries in a reply this role may not read; GraphQL errors (which echo the query) are not data. */
  leaksIn(reply: Reply, graphql = false): string[] {
    if (reply.status >= 400) return []
    const text = graphql
      ? JSON.stringify((reply.body as { data?: unknown })?.data ?? null)
      : reply.text
    const found = new Set(text.match(canaryPattern) ?? [])
    for (const canary of found) this.seen.add(canary)
    return [...found].filter((canary) => !byCanary.get(canary)!.allowed.has(this.role))
  }

  private record(subjects: Leaf[], shape: string) {
    for (const leaf of subjects)
      cases.add(`${leaf.collection}|${dotted(leaf)}|${this.role}|${shape}`)
  }

  /** A reading shape: it must carry no forbidden canary and answer below 500. */
  check(subjects: Leaf[], shape: string, reply: Reply, graphql = false) {
    this.record(subjects, shape)
    const label = `${subjects[0].collection}.{${[...new Set(subjects.map(ruleOf))].join(',')}} | ${this.role} | ${shape}`
    if (reply.status >= 500)
      this.problems.push(`${label}: HTTP ${reply.status} ${reply.text.slice(0, 200)}`)
    const leaked = this.leaksIn(reply, graphql)
    if (leaked.length > 0) {
      this.problems.push(
        `${label}: leaked ${leaked.map((canary) => `${canary} (${this.describe(byCanary.get(canary)!)})`).join(', ')}`,
      )
    }
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
        `${leaf.collection}.${dotted(leaf)} | ${this.role} | ${shape}: control missing ${missing.map((value) => this.describe(value)).join(', ')}`,
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
 * nothing, over the documents whose value the role may not read. Refused (4xx) is fine.
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
  attack.check([leaf], shape, probe, graphql)
  attack.check([leaf], `${shape} (baseline)`, baseline, graphql)
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

async function attackCollection(attack: Attack, slug: CollectionSlug) {
  const { role, client } = attack
  const own = leaves.filter((leaf) => leaf.collection === slug)
  const control = role === 'editor'
  const mainValues = values.filter(
    (value) => value.leaf.collection === slug && value.version == null,
  )
  const versionValues = values.filter(
    (value) => value.leaf.collection === slug && value.version != null,
  )
  const docIds = [...new Set(mainValues.map((value) => String(value.doc)))]
  const names = graphqlNames(payload, slug)

  // shapes that read everything at once, whatever the field
  for (const depth of [0, 1, 2, 3]) {
    attack.check(own, `find depth=${depth}`, await client.rest(slug, { depth, limit: 100 }))
    for (const id of docIds)
      attack.check(own, `findByID depth=${depth}`, await client.rest(`${slug}/${id}`, { depth }))
  }
  const other = payload.collections[slug].config.flattenedFields.find(
    (field: { name?: string }) =>
      'name' in field && !own.some((leaf) => leaf.path[0] === field.name),
  )
  if (other && 'name' in other)
    attack.check(
      own,
      `select[${other.name}]=false`,
      await client.rest(slug, { select: { [other.name]: false }, depth: 1, limit: 100 }),
    )
  if (hasDrafts(slug)) {
    attack.check(
      own,
      'find draft=true',
      await client.rest(slug, { draft: 'true', depth: 1, limit: 100 }),
    )
    for (const id of docIds)
      attack.check(
        own,
        'findByID draft=true',
        await client.rest(`${slug}/${id}`, { draft: 'true', depth: 1 }),
      )
  }
  if (versioned(slug)) {
    for (const depth of [0, 2])
      attack.check(
        own,
        `versions find depth=${depth}`,
        await client.rest(`${slug}/versions`, { depth, limit: 100 }),
      )
    const versionIds = [...new Set(versionValues.map((value) => String(value.version)))]
    for (const id of versionIds)
      attack.check(
        own,
        'versions findByID',
        await client.rest(`${slug}/versions/${id}`, { depth: 1 }),
      )
  }

  // per access rule: select it, populate it, ask GraphQL for it
  const rules = [...new Set(own.map(ruleOf))]
  for (const rule of rules) {
    const under = own.filter((leaf) => ruleOf(leaf) === rule)
    const select = nested(rule.split('.'), true)
    const selected = await client.rest(slug, { select, depth: 0, limit: 100 })
    attack.check(under, 'find select', selected)
    for (const id of docIds)
      attack.check(
        under,
        'findByID select',
        await client.rest(`${slug}/${id}`, { select, depth: 0 }),
      )
    for (const referrer of referrers(slug)) {
      for (const depth of [1, 2]) {
        attack.check(
          under,
          `populate from ${referrer} depth=${depth}`,
          await client.rest(referrer, { depth, limit: 100, populate: { [slug]: select } }),
        )
      }
    }
    const selections = under.map(graphqlSelection).filter(Boolean).join(' ')
    const gqlList =
      names && selections
        ? await client.gql(`{ ${names.plural}(limit: 100) { docs { id ${selections} } } }`)
        : undefined
    if (gqlList) attack.check(under, 'graphql list', gqlList, true)
    if (names && selections) {
      for (const id of docIds)
        attack.check(
          under,
          'graphql byID',
          await client.gql(`{ ${names.singular}(id: ${graphqlLiteral(id)}) { id ${selections} } }`),
          true,
        )
    }
    let versionsSelected: Reply | undefined
    let gqlVersions: Reply | undefined
    if (versioned(slug)) {
      versionsSelected = await client.rest(`${slug}/versions`, {
        select: { version: select },
        depth: 0,
        limit: 100,
      })
      attack.check(under, 'versions select', versionsSelected)
      if (names && selections) {
        gqlVersions = await client.gql(
          `{ ${names.versions}(limit: 100) { docs { id version { ${selections} } } } }`,
        )
        attack.check(under, 'graphql versions', gqlVersions, true)
      }
    }
    if (control) {
      for (const leaf of under) {
        const mine = (list: Value[]) =>
          list.filter(
            (value) => value.leaf === leaf && value.canary != null && value.allowed.has(role),
          )
        attack.expectCanaries(leaf, 'find select', selected, mine(mainValues))
        if (gqlList) attack.expectCanaries(leaf, 'graphql list', gqlList, mine(mainValues), true)
        if (versionsSelected)
          attack.expectCanaries(leaf, 'versions select', versionsSelected, mine(versionValues))
        if (gqlVersions)
          attack.expectCanaries(leaf, 'graphql versions', gqlVersions, mine(versionValues), true)
      }
    }
  }

  // per value: filter and sort on it
  for (const leaf of own) {
    // the control filters only where the rule lets staff filter; a row's id is no content
    const controlFilters =
      control && (await filterable(role, leaf)) && leaf.path[leaf.path.length - 1] !== 'id'
    for (const scope of ['docs', 'versions'] as const) {
      if (scope === 'versions' && !versioned(slug)) continue
      const pool = (scope === 'docs' ? mainValues : versionValues).filter(
        (value) => value.leaf === leaf,
      )
      const key = (value: Value) => String(scope === 'docs' ? value.doc : value.version)
      // the values this role may not read, in documents it may read; the editor's targets are all
      const targets = pool.filter((value) =>
        control
          ? value.allowed.has(role)
          : !value.allowed.has(role) && readable[role][slug][scope].has(key(value)),
      )
      if (targets.length === 0) continue
      const hidden = new Set(targets.map(key))
      const path = scope === 'docs' ? dotted(leaf) : `version.${dotted(leaf)}`
      const endpoint = scope === 'docs' ? slug : `${slug}/versions`
      const first = operand(targets[0].value)
      const nonsense = nonsenseFor(leaf, targets[0].value)
      const query = (where: Doc) =>
        client.rest(endpoint, {
          where,
          depth: 0,
          limit: 100,
          select: scope === 'docs' ? { id: true } : undefined,
        })
      const baseline = await query({ [path]: { equals: nonsense } })
      const probes: [string, Doc][] = [
        ['equals', { [path]: { equals: first } }],
        [
          'in',
          { [path]: { in: [...new Set(targets.map((value) => operand(value.value)))].join(',') } },
        ],
        ['exists', { [path]: { exists: true } }],
      ]
      if (typeof first === 'string' && leaf.field.type !== 'select')
        probes.push(['like', { [path]: { like: first } }])
      for (const [operator, where] of probes) {
        const probe = await query(where)
        const base = operator === 'exists' ? await query({ [path]: { exists: false } }) : baseline
        const shape = `${scope === 'versions' ? 'versions ' : ''}where ${operator}`
        if (control) {
          const found = idsIn(probe)
          if (controlFilters && !found?.some((id) => hidden.has(id)) && operator !== 'exists') {
            attack.problems.push(
              `${slug}.${dotted(leaf)} | editor | ${shape}: control found nothing (${probe.status}) ${probe.text.slice(0, 200)}`,
            )
          }
          attack.check([leaf], shape, probe)
        } else {
          compareOracle(attack, leaf, shape, hidden, probe, base)
        }
      }
      if (names) {
        const gqlPath = (scope === 'versions' ? ['version', ...leaf.path] : leaf.path).join('__')
        const list = scope === 'docs' ? names.plural : names.versions
        // a select's options are GraphQL enum values, written bare
        const literal = (value: unknown) =>
          leaf.field.type === 'select'
            ? String(value).replace(/[^0-9A-Za-z_]/g, '_')
            : graphqlLiteral(value)
        const gql = (value: unknown) =>
          client.gql(
            `{ ${list}(where: { ${gqlPath}: { equals: ${literal(value)} } }, limit: 100) { docs { id } } }`,
          )
        const shape = `graphql ${scope === 'versions' ? 'versions ' : ''}where equals`
        const probe = await gql(first)
        if (control) {
          attack.check([leaf], shape, probe, true)
          if (controlFilters && !idsIn(probe, true)?.some((id) => hidden.has(id))) {
            attack.problems.push(
              `${slug}.${dotted(leaf)} | editor | ${shape}: control found nothing ${probe.text.slice(0, 300)}`,
            )
          }
        } else {
          compareOracle(attack, leaf, shape, hidden, probe, await gql(nonsense), true)
        }
      }
      if (scope === 'docs') {
        const ascending = await client.rest(slug, { sort: path, depth: 0, limit: 100 })
        const descending = await client.rest(slug, { sort: `-${path}`, depth: 0, limit: 100 })
        attack.check([leaf], 'sort asc', ascending)
        attack.check([leaf], 'sort desc', descending)
        const up = idsIn(ascending)?.filter((id) => hidden.has(id))
        const down = idsIn(descending)?.filter((id) => hidden.has(id))
        const distinct = new Set(targets.map((value) => String(value.value))).size > 1
        if (up && down && hidden.size > 1 && distinct) {
          const ordered = up.join(',') !== down.join(',')
          if (!control && ordered) {
            attack.problems.push(
              `${slug}.${dotted(leaf)} | ${role} | sort: the order of documents follows the hidden values ([${up}] vs [${down}])`,
            )
          }
          if (controlFilters && !ordered && leaf.arrays.length === 0 && targets[0].canary != null) {
            attack.problems.push(
              `${slug}.${dotted(leaf)} | editor | sort: control — ascending and descending give the same order`,
            )
          }
        }
      }
    }
  }
}

describe('adversarial access: nothing private on any path into the data', () => {
  it('finds private fields to attack and plants canaries in them', () => {
    const rules = [...new Set(leaves.map((leaf) => `${leaf.collection}.${ruleOf(leaf)}`))]
    console.info(`restricted rules (${rules.length}): ${rules.join(', ')}`)
    expect(rules.length).toBeGreaterThan(10)
    expect(byCanary.size).toBeGreaterThan(50)
  })

  const slugs = () => [...new Set(leaves.map((leaf) => leaf.collection))]

  for (const role of roleNames) {
    it(`${role === 'editor' ? 'returns every canary to the editor (positive control) and ' : ''}leaks nothing to ${role}`, async () => {
      const attack = new Attack(role, clients[role])
      for (const slug of slugs()) await attackCollection(attack, slug)
      if (role === 'editor') {
        const missing = [...byCanary]
          .filter(([canary, value]) => value.allowed.has('editor') && !attack.seen.has(canary))
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
    expect(attack.problems.some((problem) => problem.includes('leaked'))).toBe(true)
    expect(attack.problems.some((problem) => problem.includes('yes/no oracle'))).toBe(true)
  }, 600_000)

  it('covered enough cases to mean something', () => {
    console.info(`adversarial access: ${cases.size} (collection, field, role, shape) cases`)
    expect(cases.size).toBeGreaterThan(2000)
  })
})

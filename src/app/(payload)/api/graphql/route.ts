import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import type * as GraphQL from 'graphql'
import type { SanitizedConfig } from 'payload'

import { hideAccountState } from '@/security/accountAnswers'

type Permissions = true | { [key: string]: unknown } | undefined

/**
 * Payload compacts the permissions its `Access` query resolves to: an operation allowed outright
 * becomes `true` instead of `{ permission: true }`, and whatever is denied is left out — also
 * `canAccessAdmin: false`. Its GraphQL types still declare `permission` and `canAccessAdmin` as
 * non-null booleans, so `{ Access { canAccessAdmin } }` asked anonymously (or any `permission`
 * asked by anyone) failed as a server error. These resolvers read the compact form: `true` grants
 * everything below it, a missing entry denies.
 */
function readCompactPermissions(
  graphQL: typeof GraphQL,
  type: GraphQL.GraphQLObjectType,
  seen = new Set<string>(),
) {
  if (seen.has(type.name)) return
  seen.add(type.name)
  for (const field of Object.values(type.getFields())) {
    if (field.name === 'permission') {
      field.resolve = (source: Permissions) => source === true || source?.permission === true
    } else if (field.name === 'canAccessAdmin') {
      field.resolve = (source: Permissions) => source !== true && source?.canAccessAdmin === true
    } else if (field.name === 'where') {
      field.resolve = (source: Permissions) => (source === true ? null : (source?.where ?? null))
    } else if (graphQL.isObjectType(field.type)) {
      field.resolve = (source: Permissions, _args, _context, info) =>
        source === true ? true : (source?.[info.fieldName] ?? {})
      readCompactPermissions(graphQL, field.type, seen)
    }
  }
}

const graphQLConfig = async (): Promise<SanitizedConfig> => {
  const resolved = await config
  const queries = resolved.graphQL?.queries
  return {
    ...resolved,
    graphQL: {
      ...resolved.graphQL,
      queries: (graphQL, context) => {
        const access = context.Query.fields.Access?.type
        if (graphQL.isObjectType(access)) readCompactPermissions(graphQL, access)
        return queries?.(graphQL, context) ?? {}
      },
    },
  }
}

export const POST = hideAccountState(GRAPHQL_POST(graphQLConfig()), config)
export const OPTIONS = REST_OPTIONS(config)

import { isValidID } from 'payload'

import { getPayloadClient } from '@/utilities/payload'

import { errorResponse, type RestHandler, translatorFor } from './apiErrors'

// large enough for any real page, small enough that (page - 1) × limit stays an exact integer
const MAX_PAGINATION = 1_000_000
const paginationParams = { limit: 0, page: 1 } as const

/**
 * Payload passes `limit` and `page` to the database as given: a fraction, a negative page size
 * with a later page, or 1e400 fails there as a 500. A query asking for one gets a 400 instead.
 */
export function rejectBadPagination(handler: RestHandler): RestHandler {
  return async (request, context) => {
    const query = new URL(request.url).searchParams
    for (const [name, min] of Object.entries(paginationParams)) {
      const value = query.get(name)
      if (!value) continue
      const number = Number(value)
      if (!/^\d+$/.test(value) || number < min || number > MAX_PAGINATION) {
        const message = translatorFor(request, 'errors')('api.badParameter', {
          name,
          min,
          max: MAX_PAGINATION,
        })
        return errorResponse(400, message)
      }
    }
    return handler(request, context)
  }
}

/**
 * Payload hands an id it cannot parse (`/api/centres/abc` on SQLite, where ids are numbers) to the
 * database, which fails with a 500. No document has such an id, so the answer is the 404 of an
 * unknown one. Only a failed response is looked at: custom endpoints and literal routes
 * (`/count`, `/me`) keep whatever they answer.
 */
export function notFoundForMalformedIDs(handler: RestHandler): RestHandler {
  return async (request, context) => {
    const response = await handler(request, context)
    if (response.status < 500) return response
    const [slug, first, second] = (await context.params).slug ?? []
    const payload = await getPayloadClient()
    const collection = payload.collections[slug as keyof typeof payload.collections]
    if (!collection || !first) return response
    const ofVersion = first === 'versions'
    const id = ofVersion || first === 'access' ? second : first
    // SQLite and Postgres number their rows; MongoDB uses ObjectIds unless a collection sets its own
    const defaultType = payload.db.defaultIDType === 'number' ? 'number' : 'ObjectID'
    const type = ofVersion ? defaultType : (collection.customIDType ?? defaultType)
    const valid =
      id === undefined ||
      type === 'text' ||
      (type === 'number' ? Number.isFinite(parseFloat(id)) : isValidID(id, 'ObjectID'))
    if (valid) return response
    return errorResponse(404, translatorFor(request, 'errors')('api.notFound'))
  }
}

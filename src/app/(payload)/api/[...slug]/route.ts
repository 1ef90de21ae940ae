import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { hideAccountState } from '@/security/accountAnswers'
import type { RestHandler } from '@/security/apiErrors'
import { notFoundForMalformedIDs, rejectBadPagination } from '@/security/malformedInput'
import { guardMultipart } from '@/security/multipart'

// a malformed request is the client's mistake: it gets a 4xx, never one of Payload's 500s
const checked = (handler: RestHandler) => rejectBadPagination(notFoundForMalformedIDs(handler))

export const GET = checked(REST_GET(config))
export const POST = hideAccountState(checked(guardMultipart(REST_POST(config))), config)
export const DELETE = checked(REST_DELETE(config))
export const PATCH = checked(guardMultipart(REST_PATCH(config)))
export const PUT = checked(guardMultipart(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)

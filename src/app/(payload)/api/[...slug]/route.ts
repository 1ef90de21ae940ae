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
import { rejectMalformedMultipart } from '@/security/multipart'

export const GET = REST_GET(config)
export const POST = hideAccountState(rejectMalformedMultipart(REST_POST(config)), config)
export const DELETE = REST_DELETE(config)
export const PATCH = rejectMalformedMultipart(REST_PATCH(config))
export const PUT = rejectMalformedMultipart(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)

import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * The key a mailed link of one purpose is signed with, derived from the secret: a link can
 * never pass for a login token (signed with the secret itself), nor for a link of another purpose.
 */
export const linkKey = (payload: Payload, purpose: string) =>
  createHmac('sha256', payload.secret).update(purpose).digest()

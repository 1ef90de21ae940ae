import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

type Doc = Record<string, unknown>
type Decide = (args: { req: PayloadRequest; doc: Doc; siblingData: Doc }) => boolean | Promise<boolean>

/**
 * Read access for a field whose privacy depends on the document (an opt-in, a membership, a
 * status) kept on the document itself. Payload calls field access three ways:
 * - with the stored document, when it returns one (find, findByID, populate, GraphQL, versions):
 *   `decide` rules, and whatever the selection left out counts as "no" (fail closed);
 * - without any document, when a `where` or `sort` names the field: only staff, since a filter
 *   answers yes or no about every document at once;
 * - with a new document's blank form in the admin (no id, nothing stored): shown to anyone
 *   logged in, who can then fill it in.
 */
export const privateField =
  (decide: Decide): FieldAccess =>
  async ({ req, doc, siblingData }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    if (!doc) return false
    if (isBlankForm(doc)) return Boolean(req.user)
    return decide({ req, doc: doc as Doc, siblingData: (siblingData ?? {}) as Doc })
  }

/** The admin asks for a new document's permissions with `{ _status: 'draft' }` and no id. */
const isBlankForm = (doc: Doc) => doc.id == null && Object.keys(doc).every((key) => key === '_status')

/** Fields nobody reads over the API (search text, tokens): the server reads them with overrideAccess. */
export const serverOnly: FieldAccess = () => false

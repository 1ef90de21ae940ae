import type { FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

type Doc = Record<string, unknown>
type Decide = (args: {
  req: PayloadRequest
  doc: Doc
  siblingData: Doc
}) => boolean | Promise<boolean>

/**
 * Read access for a field whose privacy depends on the document (an opt-in, a membership, a
 * status) kept on the document itself. Payload calls field access three ways:
 * - with the stored document, when it returns one (find, findByID, populate, GraphQL, versions):
 *   `decide` rules, and whatever the selection left out counts as "no" (fail closed);
 * - without any document, when a `where` or `sort` names the field: only staff, since a filter
 *   answers yes or no about every document at once;
 * - with a new document's blank form in the admin (no id, nothing stored): shown to anyone
 *   logged in, who can then fill it in;
 * - with the admin form's values as `data` and no `doc`, when the admin builds a form's state:
 *   `decide` rules on them (a new document's form is the writer's own). Those values come from a
 *   read that already applied this rule, so deciding on them reveals nothing stored.
 */
export const privateField =
  (decide: Decide): FieldAccess =>
  async ({ req, doc, data, siblingData }) => {
    if (hasRole(req.user, 'admin', 'editor')) return true
    const subject = (doc ?? data) as Doc | undefined
    if (!subject) return false
    if (isBlankForm(subject) || (!doc && subject.id == null)) return Boolean(req.user)
    return decide({ req, doc: subject, siblingData: (siblingData ?? {}) as Doc })
  }

/** The admin asks for a new document's permissions with `{ _status: 'draft' }` and no id. */
const isBlankForm = (doc: Doc) =>
  doc.id == null && Object.keys(doc).every((key) => key === '_status')

/** Fields nobody reads over the API (search text, tokens): the server reads them with overrideAccess. */
export const serverOnly: FieldAccess = () => false

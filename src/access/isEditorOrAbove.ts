import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Editors moderate and curate content; admins can do everything editors can. */
export const isEditorOrAbove: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

export const isEditorOrAboveFieldLevel: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor')

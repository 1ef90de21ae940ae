import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff and organisation representatives upload logos and photos. */
export const canUpload: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'ngo')

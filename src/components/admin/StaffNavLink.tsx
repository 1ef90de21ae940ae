import { hasRole } from '@/access/roles'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { User } from '@/payload-types'

type Props = { user?: User | null; i18n?: { language?: string }; href: string; label: string }

/** In the admin's navigation, for editors and administrators: one of their own views. */
export function StaffNavLink({ user, i18n, href, label }: Props) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const t = getT(isLocale(i18n?.language) ? i18n.language : defaultLocale, 'admin')
  return (
    <a className="nav__link" href={href}>
      <span className="nav__link-label">{t(label)}</span>
    </a>
  )
}

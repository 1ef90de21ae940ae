import { hasRole } from '@/access/roles'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { User } from '@/payload-types'

/** In the admin's navigation, for editors and administrators. */
export function TranslationsNavLink({ user, i18n }: { user?: User | null; i18n?: { language?: string } }) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const t = getT(isLocale(i18n?.language) ? i18n.language : defaultLocale, 'admin')
  return (
    <a className="nav__link" href="/admin/translations">
      <span className="nav__link-label">{t('translations.nav')}</span>
    </a>
  )
}

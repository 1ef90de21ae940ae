import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getT(locale, 'common')
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.text')}</p>
        <p>{t('footer.privacy')}</p>
      </div>
    </footer>
  )
}

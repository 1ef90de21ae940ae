import { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getT(locale, 'common')
  const legal = getT(locale, 'legal')
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.text')}</p>
        <p>{t('footer.privacy')}</p>
        <nav aria-label={t('footer.legalNav')}>
          <ul className="footer-links">
            {(['privacy', 'accessibility', 'contact'] as const).map((kind) => (
              <li key={kind}>
                <a href={`/${locale}/${kind}`}>{legal(`footer.${kind}`)}</a>
              </li>
            ))}
            <li>
              <a href={`/${locale}/open-data`}>{legal('footer.openData')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}

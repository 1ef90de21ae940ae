import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'

type Props = {
  locale: Locale
  page: number
  pages: number
  /** the link to another page of the same listing, filters kept */
  hrefFor: (page: number) => string
}

/** Previous / "page N of M" / next, for the public listings. */
export function Pagination({ locale, page, pages, hrefFor }: Props) {
  if (pages <= 1) return null
  const t = getT(locale, 'centres')
  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : null}
      <span>{t('pagination.page', { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  )
}

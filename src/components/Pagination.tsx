import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { formatNumber, getT } from '@/i18n/server'

type Props = {
  locale: Locale
  page: number
  pages: number
  /** the link to another page of the same listing, filters kept */
  hrefFor: (page: number) => string
}

/** The page numbers to show: the first, the last and two either side of the current one. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  // null stands for the numbers left out between two shown ones
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [null, n] : [n]))
}

/** Previous / numbered pages / next for the public listings; a page past the end says so. */
export function Pagination({ locale, page, pages, hrefFor }: Props) {
  const t = getT(locale, 'centres')
  if (page > Math.max(pages, 1)) {
    return (
      <p className="notice" role="status">
        {t('pagination.pastEnd', { page: formatNumber(locale, page) })}{' '}
        <Link href={hrefFor(1)}>{t('pagination.first')}</Link>
      </p>
    )
  }
  if (pages <= 1) return null
  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : null}
      <ul>
        {pageWindow(page, pages).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? (
              <span aria-hidden="true">…</span>
            ) : n === page ? (
              <span aria-current="page">
                <span className="visually-hidden">{t('pagination.page', { page: n, pages })}</span>
                <span aria-hidden="true">{formatNumber(locale, n)}</span>
              </span>
            ) : (
              <Link href={hrefFor(n)} aria-label={t('pagination.goTo', { page: n })}>
                {formatNumber(locale, n)}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  )
}

import type { Locale } from '@/i18n/locales'
import { formatNumber, getT } from '@/i18n/server'

type Props = {
  locale: Locale
  page: number
  pages: number
  /** the link to another page of the same listing, filters kept */
  hrefFor: (page: number) => string
}

/**
 * The page numbers to show: the first, the last and two either side of the current one; null
 * for a run of left-out numbers (a single left-out number is shown instead: "…" would be as wide).
 */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const near = new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])
  const shown: (number | null)[] = []
  for (let n = 1; n <= pages; n += 1) {
    if (near.has(n) || (near.has(n - 1) && near.has(n + 1))) shown.push(n)
    else if (shown.at(-1) !== null) shown.push(null)
  }
  return shown
}

/** Previous / numbered pages / next for the public listings; a page past the end says so. */
export function Pagination({ locale, page, pages, hrefFor }: Props) {
  const t = getT(locale, 'centres')
  if (page > Math.max(pages, 1)) {
    return (
      <p className="notice" role="status">
        {t('pagination.pastEnd', { page: formatNumber(locale, page) })}{' '}
        <a href={hrefFor(1)}>{t('pagination.first')}</a>
      </p>
    )
  }
  if (pages <= 1) return null
  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          {t('pagination.previous')}
        </a>
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
              <a href={hrefFor(n)} aria-label={t('pagination.goTo', { page: n })}>
                {formatNumber(locale, n)}
              </a>
            )}
          </li>
        ))}
      </ul>
      {page < pages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t('pagination.next')}
        </a>
      ) : null}
    </nav>
  )
}

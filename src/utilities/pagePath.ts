/**
 * The page the reader asked for, as the proxy saw it: the header's path and language switcher
 * are server components (no client JavaScript), and a layout is told no path by Next.
 */
export const PAGE_PATH_HEADER = 'x-page-path'

/** `/sk/centres?country=SK`, without the `_rsc` marker Next adds to its own data requests. */
export function pagePathOf(url: URL): string {
  const query = new URLSearchParams(url.search)
  query.delete('_rsc')
  const search = query.toString()
  return `${url.pathname}${search ? `?${search}` : ''}`
}

/** The path and the query ('' or `?…`) of a header value written by pagePathOf. */
export function splitPagePath(value: string | null | undefined, fallback: string) {
  if (!value?.startsWith('/')) return { pathname: fallback, query: '' }
  const at = value.indexOf('?')
  return at < 0
    ? { pathname: value, query: '' }
    : { pathname: value.slice(0, at), query: value.slice(at) }
}

import { registrationStatuses } from '@/events/constants'
import { code, first, pageNumber, type SearchParams, searchText } from '@/utilities/searchParams'

/** The list's view as the organiser set it: search, status filter and page. */
export function readListView(query: SearchParams) {
  return {
    q: searchText(query.q),
    status: code(first(query.status), registrationStatuses),
    page: pageNumber(query.page),
  }
}

/** The same view from a form's hidden fields, to go back to it after an action. */
export function listQuery(form: FormData): Record<string, string> {
  const view = readListView({
    q: String(form.get('q') ?? ''),
    status: String(form.get('view') ?? ''),
    page: String(form.get('page') ?? ''),
  })
  return Object.fromEntries(
    Object.entries({
      q: view.q,
      status: view.status,
      page: view.page > 1 ? String(view.page) : '',
    }).filter(([, value]) => value !== ''),
  )
}

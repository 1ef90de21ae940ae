/**
 * A GET that tries once more when the connection fails: the server closes a keep-alive
 * connection idle for 5 s (its keepAliveTimeout), and Node's fetch may pick exactly that one
 * after minutes of Lighthouse runs.
 */
export const fetchAgain = (url: string) => fetch(url).catch(() => fetch(url))

/** The first link on a page whose address starts with `prefix` (a centre, an event, …). */
export async function firstLink(url: string, prefix: string) {
  const html = await (await fetchAgain(url)).text()
  const match = new RegExp(`href="(${prefix}/[a-z0-9-]+)"`).exec(html)
  if (!match) throw new Error(`no link to ${prefix}/… on ${url}`)
  return match[1]
}

/**
 * Every public template (issue 20's list) in one language, by name: the fixed routes and the
 * first document of each kind found on its list, so any data set (demo, generated) serves.
 */
export async function publicTemplates(
  baseURL: string,
  locale: string,
): Promise<Record<string, string>> {
  const first = (list: string) => firstLink(`${baseURL}/${locale}/${list}`, `/${locale}/${list}`)
  return {
    home: `/${locale}`,
    directory: `/${locale}/centres`,
    'directory, filtered': `/${locale}/centres?country=SK&language=rom&form=field`,
    centre: await first('centres'),
    organisations: `/${locale}/organisations`,
    organisation: await first('organisations'),
    'good practice': `/${locale}/good-practice`,
    'case study': await first('good-practice'),
    impact: `/${locale}/impact`,
    events: `/${locale}/events`,
    'events, calendar': `/${locale}/events?view=calendar`,
    event: await first('events'),
    strategies: `/${locale}/strategies`,
    strategy: await first('strategies'),
    'working groups': `/${locale}/working-groups`,
    'working group': await first('working-groups'),
    search: `/${locale}/search?q=centrum`,
    register: `/${locale}/register`,
    login: `/${locale}/login`,
    // a visitor is sent to the login; the page itself needs a session Lighthouse does not have
    account: `/${locale}/account`,
    about: `/${locale}/about`,
    privacy: `/${locale}/privacy`,
    accessibility: `/${locale}/accessibility`,
  }
}

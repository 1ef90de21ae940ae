import type { Where } from 'payload'

import { groupMembership } from '@/access/groupMembership'
import { Highlight } from '@/components/Highlight'
import { formatDate, formatNumber, getT } from '@/i18n/server'
import { sectionMetadata } from '@/utilities/metadata'
import { publicWhere } from '@/access/publicWhere'
import { searchedCollections } from '@/search/reindex'
import { fold, type Snippet, snippet } from '@/search/text'
import { type GroupHit, searchGroup } from '@/workingGroups/search'
import { meetingPath } from '@/workingGroups/links'
import { meetingsOf } from '@/workingGroups/pages'
import { session } from '@/account/session'
import { idFrom } from '@/utilities/ids'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('search', '/search', {
  description: 'intro',
  robots: { index: false, follow: true },
})

type Kind = (typeof searchedCollections)[number] | 'minutes'
type Hit = {
  href: string
  title: string
  meta?: string
  snippet: Snippet | null
  text?: string | null
}

/** The first of the query's words (or the whole query) that occurs in the text, marked. */
function mark(text: string | null | undefined, query: string): Snippet | null {
  if (!text) return null
  return (
    snippet(text, query) ??
    query
      .split(/\s+/)
      .filter((word) => word.length >= 2)
      .map((word) => snippet(text, word))
      .find(Boolean) ??
    null
  )
}

const paths: Record<(typeof searchedCollections)[number], string> = {
  centres: 'centres',
  organisations: 'organisations',
  'case-studies': 'good-practice',
  events: 'events',
  strategies: 'strategies',
  'working-groups': 'working-groups',
}

type Measure = { code?: string | null; title?: string | null; description?: string | null }
type Theme = { goals?: { measures?: Measure[] | null }[] | null }

/** A strategy's measures whose code, title or description hold every word of the query. */
function matchingMeasures(themes: Theme[] | null | undefined, query: string): Measure[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  return (themes ?? [])
    .flatMap((theme) => theme.goals ?? [])
    .flatMap((goal) => goal.measures ?? [])
    .filter((measure) => {
      const text = fold([measure.code, measure.title, measure.description].join(' '))
      return words.every((word) => text.includes(word))
    })
}

/**
 * One search over the published registry, good practice, events, plans in force (with their
 * measures) and publicly listed working groups — and, for a logged-in
 * member, their groups' minutes and materials — in any language, accents optional.
 */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const query = await searchParams
  const t = getT(locale, 'search')
  const raw = (Array.isArray(query.q) ? query.q[0] : query.q) ?? ''
  const q = raw
    .replace(/[<>\u0000-\u001f]/g, ' ')
    .trim()
    .slice(0, 100)
  const requested = (Array.isArray(query.type) ? query.type[0] : query.type) ?? ''
  const { payload, user } = await session()
  const kinds: Kind[] = [...searchedCollections, ...(user ? (['minutes'] as const) : [])]
  const type = kinds.includes(requested as Kind) ? (requested as Kind) : null
  const limit = type ? 50 : 5

  const results = new Map<Kind, { total: number; hits: Hit[] }>()
  if (q.length >= 2) {
    const match: Where = { searchText: { like: fold(q) } }
    // The index is readable by the server only (nobody probes it over the API), so this is a
    // system query limited to exactly what the public may read; only what a hit shows is loaded.
    const find = <C extends (typeof searchedCollections)[number]>(
      collection: C,
      select: Record<string, unknown>,
    ) =>
      payload.find<C, Record<string, never>>({
        collection,
        where: { and: [match, publicWhere[collection]] },
        locale,
        depth: 0,
        limit,
        overrideAccess: true,
        select: select as never,
      })
    const [centres, organisations, studies, events, strategies, groups] = await Promise.all([
      find('centres', { name: true, slug: true, summary: true, address: { municipality: true } }),
      find('organisations', { name: true, slug: true }),
      find('case-studies', { title: true, slug: true, summary: true }),
      find('events', { title: true, slug: true, summary: true, startsAt: true, startsAt_tz: true }),
      find('strategies', { title: true, slug: true, summary: true, themes: true }),
      find('working-groups', { name: true, slug: true, purpose: true, publicDescription: true }),
    ])
    results.set('centres', {
      total: centres.totalDocs,
      hits: centres.docs.map((doc) => ({
        href: `/${locale}/${paths.centres}/${doc.slug}`,
        title: doc.name,
        meta: doc.address?.municipality,
        snippet: mark(doc.summary, q),
        text: doc.summary,
      })),
    })
    results.set('organisations', {
      total: organisations.totalDocs,
      hits: organisations.docs.map((doc) => ({
        href: `/${locale}/${paths.organisations}/${doc.slug}`,
        title: doc.name,
        snippet: null,
      })),
    })
    results.set('case-studies', {
      total: studies.totalDocs,
      hits: studies.docs.map((doc) => ({
        href: `/${locale}/${paths['case-studies']}/${doc.slug}`,
        title: doc.title,
        snippet: mark(doc.summary, q),
        text: doc.summary,
      })),
    })
    results.set('events', {
      total: events.totalDocs,
      hits: events.docs.map((doc) => ({
        href: `/${locale}/${paths.events}/${doc.slug}`,
        title: doc.title,
        meta: formatDate(locale, doc.startsAt, {
          timeZone: doc.startsAt_tz ?? 'Europe/Bratislava',
        }),
        snippet: mark(doc.summary, q),
        text: doc.summary,
      })),
    })
    const measureOf = getT(locale, 'strategies')
    results.set('strategies', {
      total: strategies.totalDocs,
      hits: strategies.docs.flatMap((doc) => {
        const href = `/${locale}/${paths.strategies}/${doc.slug}`
        const measures = matchingMeasures(doc.themes as Theme[], q)
        return [
          { href, title: doc.title, snippet: mark(doc.summary, q), text: doc.summary },
          // a hit inside a measure leads to the measure itself
          ...measures.slice(0, 3).map((measure) => ({
            href: `${href}#measure-${measure.code}`,
            title: `${measureOf('detail.measure', { code: measure.code })}: ${measure.title ?? ''}`,
            meta: doc.title,
            snippet: mark(measure.description, q),
          })),
        ]
      }),
    })
    results.set('working-groups', {
      total: groups.totalDocs,
      hits: groups.docs.map((doc) => ({
        href: `/${locale}/${paths['working-groups']}/${doc.slug}`,
        title: doc.name,
        snippet: mark(doc.publicDescription, q) ?? mark(doc.purpose, q),
        text: doc.publicDescription ?? doc.purpose,
      })),
    })
    if (user) {
      const { member } = await groupMembership({ user, payload, context: {} })
      const [meetings, materials, ownGroups] = await Promise.all([
        meetingsOf(payload, user, member, { limit: 1000, sort: '-startsAt' }),
        member.length
          ? payload
              .find({
                collection: 'materials',
                where: { workingGroup: { in: member } },
                pagination: false,
                depth: 0,
                overrideAccess: false,
                user,
              })
              .then((found) => found.docs)
          : [],
        member.length
          ? payload
              .find({
                collection: 'working-groups',
                where: { id: { in: member } },
                pagination: false,
                depth: 0,
                locale,
                overrideAccess: false,
                user,
              })
              .then((found) => found.docs)
          : [],
      ])
      const slugOf = (group: unknown) =>
        ownGroups.find((candidate) => String(candidate.id) === String(idFrom(group)))?.slug
      const hits = searchGroup(q, meetings, materials)
      results.set('minutes', {
        total: hits.length,
        hits: hits.slice(0, limit).map((hit: GroupHit) =>
          hit.kind === 'minutes'
            ? {
                href: meetingPath(locale, slugOf(hit.meeting.workingGroup), hit.meeting.id),
                title: `${hit.meeting.title ?? hit.meeting.number}: ${hit.item}`,
                snippet: hit.snippet,
              }
            : { href: hit.material.url ?? '#', title: hit.material.title, snippet: hit.snippet },
        ),
      })
    }
  }
  const total = [...results.values()].reduce((sum, entry) => sum + entry.total, 0)
  const shown = type ? [type] : kinds
  const link = (kind?: Kind) =>
    `/${locale}/search?${new URLSearchParams({ q, ...(kind ? { type: kind } : {}) }).toString()}`

  return (
    <div className="stack-lg">
      <div className="stack">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <form method="get" role="search" className="search-row" action={`/${locale}/search`}>
          <label htmlFor="site-search">{t('label')}</label>
          <div className="search-row__controls">
            <input id="site-search" type="search" name="q" defaultValue={q} maxLength={100} />
            {type ? <input type="hidden" name="type" value={type} /> : null}
            <button type="submit">{t('button')}</button>
          </div>
        </form>
        {raw && q.length < 2 ? <p role="alert">{t('tooShort')}</p> : null}
      </div>
      {q.length >= 2 ? (
        <>
          <p role="status">{total > 0 ? t('results', { count: total, query: q }) : t('none')}</p>
          <nav aria-label={t('title')} className="tabs">
            <ul>
              <li>
                <a href={link()} aria-current={type ? undefined : 'page'}>
                  {t('all')} ({formatNumber(locale, total)})
                </a>
              </li>
              {kinds.map((kind) => (
                <li key={kind}>
                  <a href={link(kind)} aria-current={type === kind ? 'page' : undefined}>
                    {t(`types.${kind}`)} ({formatNumber(locale, results.get(kind)?.total ?? 0)})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {shown.map((kind) => {
            const entry = results.get(kind)
            if (!entry || entry.total === 0) return null
            return (
              <section key={kind} aria-labelledby={`results-${kind}`} className="stack">
                <h2 id={`results-${kind}`}>
                  {t(`types.${kind}`)} ({formatNumber(locale, entry.total)})
                </h2>
                <ul className="result-list">
                  {entry.hits.map((hit) => (
                    <li key={hit.href + hit.title}>
                      <a href={hit.href}>{hit.title}</a>
                      {hit.meta ? <span className="muted"> · {hit.meta}</span> : null}
                      {hit.snippet ? (
                        <p>
                          <Highlight snippet={hit.snippet} />
                        </p>
                      ) : hit.text ? (
                        <p className="muted">{hit.text}</p>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {!type && entry.total > entry.hits.length ? (
                  <p>
                    <a href={link(kind)}>{t('more', { count: entry.total })}</a>
                  </p>
                ) : null}
              </section>
            )
          })}
        </>
      ) : null}
    </div>
  )
}

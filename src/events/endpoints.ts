import type { Endpoint, PayloadRequest } from 'payload'

import { managesEvent } from '@/access/eventOrganiser'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { negotiateLocale } from '@/i18n/negotiate'
import { getT } from '@/i18n/server'

import { answerText } from './answers'
import { registerForEvent } from './register'
import { clientIp } from '@/security/clientIp'
import { type Sheet, toLocaleCsv, toXlsx, xlsxContentType } from '@/utilities/spreadsheet'

function localeOf(req: PayloadRequest, body: unknown): Locale {
  const requested =
    (body as { language?: unknown } | null)?.language ?? req.searchParams?.get('locale')
  if (isLocale(requested)) return requested
  return negotiateLocale(req.headers.get('accept-language')) ?? defaultLocale
}

/**
 * POST /api/events/:id/register with JSON {name, email, organisation?, answers?, consent,
 * language?}: 201 with the resulting status — the same for an address registered already,
 * whose owner is told by e-mail instead — 400 with localized field errors, 404, 409 when
 * registration is closed, 429.
 */
export const registerEndpoint: Endpoint = {
  path: '/:id/register',
  method: 'post',
  handler: async (req) => {
    let body: unknown = null
    const type = req.headers.get('content-type') ?? ''
    if (type.includes('application/json')) {
      try {
        body = await req.json?.()
      } catch {
        body = null
      }
    }
    const locale = localeOf(req, body)
    const t = getT(locale, 'events')
    const id = String(req.routeParams?.id ?? '')
    if (!/^[\w-]{1,64}$/.test(id)) {
      return Response.json({ errors: { form: t('errors.notFound') } }, { status: 404 })
    }
    const outcome = await registerForEvent(req.payload, id, body, {
      locale,
      ip: clientIp(req.headers),
    })
    if (!outcome.ok) {
      const wait = outcome.retryAfterMinutes
      const errors = Object.fromEntries(
        Object.entries(outcome.errors).map(([field, code]) => [
          field,
          code === 'rateLimited' && wait
            ? t('errors.rateLimitedFor', { count: wait })
            : t(`errors.${code}`),
        ]),
      )
      return Response.json(
        { errors, codes: outcome.errors },
        {
          status: outcome.httpStatus,
          headers: wait ? { 'Retry-After': String(wait * 60) } : undefined,
        },
      )
    }
    const message = t(`form.success.${outcome.status}`, { position: outcome.position ?? '' })
    return Response.json(
      { status: outcome.status, position: outcome.position, message },
      { status: 201 },
    )
  },
}

type ListFormat = 'csv' | 'xlsx'

/**
 * GET /api/events/:id/registrations.csv and .xlsx — the organiser's list (waiting-list
 * positions included), for editors and the organising organisation's representatives only.
 * `?locale=` picks the language of the headers and the spreadsheet conventions (semicolons and
 * decimal commas for sk/cs/hu); times are on the clocks of the event's place.
 */
const registrationsList = (format: ListFormat): Endpoint => ({
  path: `/:id/registrations.${format}`,
  method: 'get',
  handler: async (req) => {
    const locale = isLocale(req.searchParams?.get('locale'))
      ? (req.searchParams.get('locale') as Locale)
      : defaultLocale
    const t = getT(locale, 'events')
    const id = String(req.routeParams?.id ?? '')
    if (!req.user) return Response.json({ error: t('manage.loginNeeded') }, { status: 401 })
    const { docs: events } = await req.payload.find({
      collection: 'events',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      locale,
      overrideAccess: false,
      user: req.user,
    })
    const event = events[0]
    if (!event) return Response.json({ error: t('errors.notFound') }, { status: 404 })
    if (!(await managesEvent(req, event)))
      return Response.json({ error: t('manage.forbidden') }, { status: 403 })
    const { docs } = await req.payload.find({
      collection: 'event-registrations',
      where: { event: { equals: event.id } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    const questions = event.questions ?? []
    const sheet: Sheet = {
      name: event.title,
      timeZone: event.startsAt_tz ?? undefined,
      header: [
        t('manage.name'),
        t('manage.email'),
        t('manage.organisation'),
        t('manage.status'),
        t('manage.position'),
        t('fields.language'),
        t('manage.registeredAt'),
        t('fields.attendedAt'),
        ...questions.map((question) => question.label),
      ],
      rows: docs.map((registration) => {
        const answers = (registration.answers ?? {}) as Record<string, string>
        return [
          registration.name,
          registration.email,
          registration.organisation ?? '',
          t(`registrationStatuses.${registration.status}`),
          registration.waitlistPosition ?? null,
          registration.language,
          new Date(registration.createdAt),
          registration.attendedAt ? new Date(registration.attendedAt) : null,
          ...questions.map((question) => answerText(question, answers[question.key])),
        ]
      }),
    }
    const name = `registrations-${event.slug ?? event.id}.${format}`
    const headers = {
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    }
    if (format === 'xlsx') {
      return new Response(new Uint8Array(await toXlsx(sheet, locale)), {
        headers: { ...headers, 'Content-Type': xlsxContentType },
      })
    }
    return new Response(toLocaleCsv(sheet, locale), {
      headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
    })
  },
})

export const registrationsCsvEndpoint = registrationsList('csv')
export const registrationsXlsxEndpoint = registrationsList('xlsx')

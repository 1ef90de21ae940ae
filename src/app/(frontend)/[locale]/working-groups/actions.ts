'use server'

import { redirect } from 'next/navigation'

import { type Locale, localeOrDefault } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'
import { isPlainText } from '@/utilities/validation'
import { setActionItemStatus } from '@/workingGroups/actionItems'
import { meetingStatuses, notificationModes } from '@/workingGroups/constants'
import { groupPath, meetingPath } from '@/workingGroups/links'
import { safeNext, loginHref } from '@/utilities/safeNext'
import { checkMemberLink } from '@/workingGroups/memberLinks'
import { session } from '@/account/session'
import { answerRsvp } from '@/workingGroups/rsvp'

/*
 * The members' forms. Each goes through Payload with the member's own rights (or, for action
 * items, a service that checks them); the collections' hooks hold the rules. Outcomes come
 * back as a code in the URL that the page turns into a message in its language.
 */

const lang = (locale: string): Locale => localeOrDefault(locale)
const ID = /^[\w-]{1,64}$/
/** A document id from a form: a number on SQLite, an ObjectId string on MongoDB. */
const toId = (value: string) => (/^\d+$/.test(value) ? Number(value) : value) as number

/** Turns Payload's refusals into the codes the pages explain. */
function outcomeOf(error: unknown): string {
  // class names are minified in production builds: tell errors apart by what they carry
  const { status, data } =
    (error as { status?: number; data?: { errors?: { path?: string }[] } }) ?? {}
  if (status === 403) return 'forbidden'
  if (status === 413) return 'tooLarge'
  // the upload hooks refuse a file of the wrong type as an error on the file itself
  if (data?.errors?.some((entry) => entry?.path === 'file')) return 'wrongType'
  if (Array.isArray(data?.errors)) return 'invalid'
  if (status === 400) return 'wrongType'
  // anything else is a fault of ours: keep it in the server log
  console.error('working-group form failed', error)
  return 'unexpected'
}

/**
 * Makes the change, then sends the member back through `back` with how it went: `done=<done>`,
 * or the code of what refused it (`error=<code>`, or what `refused` makes of the code).
 */
async function changeThenBack(
  change: () => Promise<unknown>,
  back: (query: string) => never,
  done: string,
  refused: (code: string) => string = (code) => `error=${code}`,
): Promise<never> {
  try {
    await change()
  } catch (error) {
    back(refused(outcomeOf(error)))
  }
  return back(`done=${done}`)
}

/** A plain-text field checked as the collection would, so the page can say exactly what is wrong. */
function textProblem(value: string, max: number, required = true): string | null {
  if (required && !value.trim()) return 'required'
  if (value.length > max) return 'tooLong'
  if (!isPlainText(value)) return 'html'
  return null
}

export async function addComment(locale: string, slug: string, meetingId: string, form: FormData) {
  const l = lang(locale)
  const page = meetingPath(l, slug, meetingId)
  const agendaItem = String(form.get('agendaItem') ?? '')
  const replyTo = String(form.get('replyTo') ?? '')
  // a reply's box has a name of its own, so a comment box is always the item's first `body`
  const body = String(form.get(replyTo ? 'reply' : 'body') ?? '')
  const back = (query: string) => redirect(`${page}?${query}#item-${agendaItem}`)
  if (!ID.test(meetingId) || !ID.test(agendaItem) || (replyTo && !ID.test(replyTo)))
    back('error=unexpected')
  const problem = textProblem(body, 4000)
  if (problem) back(`error=${problem}&item=${agendaItem}`)
  const { payload, user } = await session()
  if (!user) redirect(loginHref(l, page))
  await changeThenBack(
    () =>
      payload.create({
        collection: 'minutes-comments',
        data: {
          meeting: toId(meetingId),
          agendaItem,
          body: body.trim(),
          ...(replyTo ? { replyTo: toId(replyTo) } : {}),
        },
        locale: l,
        overrideAccess: false,
        user,
      }),
    back,
    replyTo ? 'reply' : 'comment',
    (code) => `error=${code}&item=${agendaItem}`,
  )
}

export async function resolveComment(
  locale: string,
  slug: string,
  meetingId: string,
  form: FormData,
) {
  const l = lang(locale)
  const page = meetingPath(l, slug, meetingId)
  const comment = String(form.get('comment') ?? '')
  const response = String(form.get('response') ?? '')
  if (!ID.test(comment)) redirect(`${page}?error=unexpected`)
  const back = (query: string) => redirect(`${page}?${query}#comment-${comment}`)
  const problem = textProblem(response, 4000, false)
  if (problem) back(`error=${problem}`)
  const { payload, user } = await session()
  await changeThenBack(
    () =>
      payload.update({
        collection: 'minutes-comments',
        id: comment,
        data: { resolved: true, response: response.trim() || undefined },
        locale: l,
        overrideAccess: false,
        user,
      }),
    back,
    'resolved',
  )
}

export async function changeMeetingStatus(
  locale: string,
  slug: string,
  meetingId: string,
  form: FormData,
) {
  const l = lang(locale)
  const page = meetingPath(l, slug, meetingId)
  const status = String(form.get('status') ?? '')
  if (!ID.test(meetingId) || !(meetingStatuses as readonly string[]).includes(status))
    redirect(`${page}?error=unexpected`)
  const { payload, user } = await session()
  await changeThenBack(
    () =>
      payload.update({
        collection: 'meetings',
        id: meetingId,
        data: { status: status as (typeof meetingStatuses)[number] },
        locale: l,
        overrideAccess: false,
        user,
      }),
    (query) => redirect(`${page}?${query}#workflow`),
    status,
    // the workflow's rules are the only thing a valid status can break
    (code) => `error=${code === 'invalid' ? 'status' : code}`,
  )
}

export async function setActionStatus(locale: string, form: FormData) {
  const l = lang(locale)
  const back = safeNext(l, form.get('back'))
  const anchor = back.includes('#') ? '' : '#actions'
  const separator = back.includes('?') ? '&' : '?'
  const meetingId = String(form.get('meeting') ?? '')
  const itemId = String(form.get('item') ?? '')
  const status = String(form.get('status') ?? '')
  const backWith = (query: string) => redirect(`${back}${separator}${query}${anchor}`)
  if (!ID.test(meetingId) || !ID.test(itemId)) backWith('error=unexpected')
  const { payload, user } = await session()
  await changeThenBack(
    () => setActionItemStatus(payload, { meetingId, itemId, status, user }),
    backWith,
    'action',
  )
}

export async function uploadMaterial(
  locale: string,
  slug: string,
  groupId: string,
  form: FormData,
) {
  const l = lang(locale)
  const page = groupPath(l, slug)
  const back = (query: string) => redirect(`${page}?${query}#materials`)
  const title = String(form.get('title') ?? '')
  const meeting = String(form.get('meeting') ?? '')
  const replaces = String(form.get('replaces') ?? '')
  const file = form.get('file')
  const problem = textProblem(title, 300)
  if (problem) back(`error=${problem}`)
  if (!(file instanceof File) || file.size === 0) back('error=file')
  if ((meeting && !ID.test(meeting)) || (replaces && !ID.test(replaces))) back('error=unexpected')
  const { payload, user } = await session()
  const upload = file as File
  await changeThenBack(
    async () => {
      const data = Buffer.from(await upload.arrayBuffer())
      await payload.create({
        collection: 'materials',
        data: {
          title: title.trim(),
          workingGroup: toId(groupId),
          ...(meeting ? { meeting: toId(meeting) } : {}),
          ...(replaces ? { replaces: toId(replaces) } : {}),
        },
        file: {
          data,
          mimetype: upload.type || 'application/octet-stream',
          name: upload.name,
          size: data.length,
        },
        locale: l,
        overrideAccess: false,
        user,
      })
    },
    back,
    'uploaded',
  )
}

export async function saveNotificationSettings(locale: string, form: FormData) {
  const l = lang(locale)
  const page = `/${l}/account`
  const mode = String(form.get('mode') ?? '')
  const muted = form
    .getAll('muted')
    .map(String)
    .filter((value) => ID.test(value))
  const back = (query: string) => redirect(`${page}?${query}#notifications`)
  if (!(notificationModes as readonly string[]).includes(mode)) back('error=unexpected')
  const { payload, user } = await session()
  if (!user) redirect(loginHref(l, page))
  await changeThenBack(
    () =>
      payload.update({
        collection: 'users',
        id: user!.id,
        data: {
          notificationMode: mode as (typeof notificationModes)[number],
          mutedGroups: muted.map(toId),
        },
        overrideAccess: false,
        user,
      }),
    back,
    'settings',
  )
}

/** The member's answer to an invitation, from the meeting page. */
export async function answerInvitation(
  locale: string,
  slug: string,
  meetingId: string,
  form: FormData,
) {
  const l = lang(locale)
  const page = meetingPath(l, slug, meetingId)
  if (!ID.test(meetingId)) redirect(`${page}?error=unexpected#rsvp`)
  const { payload, user } = await session()
  if (!user) redirect(loginHref(l, page))
  const outcome = await answerRsvp(payload, {
    meetingId: toId(meetingId),
    user,
    answer: String(form.get('answer') ?? ''),
  })
  redirect(`${page}?${outcome === 'answered' ? 'done=rsvp' : `error=${outcome}`}#rsvp`)
}

/** The answer from the one-click link in the invitation: the signed token says who and which meeting. */
export async function answerInvitationFromLink(locale: string, form: FormData) {
  const l = lang(locale)
  const token = String(form.get('token') ?? '')
  const payload = await getPayloadClient()
  const check = await checkMemberLink(payload, 'rsvp', token)
  const outcome =
    check.status === 'valid'
      ? await answerRsvp(payload, {
          meetingId: check.link.meeting,
          user: { id: check.link.user },
          answer: String(form.get('answer') ?? ''),
        })
      : check.status
  redirect(`/${l}/account/rsvp?token=${encodeURIComponent(token)}&result=${outcome}`)
}

/** "Mark as done" from the link in a mail: the signed token says whose item on which meeting. */
export async function markActionDoneFromLink(locale: string, form: FormData) {
  const l = lang(locale)
  const token = String(form.get('token') ?? '')
  const payload = await getPayloadClient()
  const check = await checkMemberLink(payload, 'actionDone', token)
  let outcome: string = check.status
  if (check.status === 'valid') {
    const user = await payload
      .findByID({
        collection: 'users',
        id: check.link.user,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)
    outcome = await setActionItemStatus(payload, {
      meetingId: check.link.meeting,
      itemId: check.link.item ?? '',
      status: 'done',
      user,
    })
      .then(() => 'done')
      .catch(() => 'forbidden')
  }
  redirect(`/${l}/account/action-done?token=${encodeURIComponent(token)}&result=${outcome}`)
}

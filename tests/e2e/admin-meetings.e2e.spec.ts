import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { adminSession } from '../helpers/admin'
import { setUpBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const password = inject('adminPassword')
const inbox = inject('inbox')
const newPage = setUpBrowser(baseURL)
const { logIn, api, settle, save, openTab, chooseStatus } = adminSession(baseURL, password, newPage)
const day = 24 * 60 * 60 * 1000
const COORDINATOR = 'coordinator@example.org'

type ID = number | string

/** Mails received so far, as the global setup's SMTP sink wrote them. */
const mails = () =>
  fs
    .readdirSync(inbox)
    .filter((file) => file.endsWith('.json'))
    .map(
      (file) =>
        JSON.parse(fs.readFileSync(path.join(inbox, file), 'utf8')) as {
          to: string
          subject: string
          html: string
        },
    )

async function waitForMail(
  predicate: (mail: { to: string; subject: string; html: string }) => boolean,
) {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    const found = mails().find(predicate)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('no matching e-mail')
}

describe('a coordinator keeps a meeting in the admin', () => {
  it('takes a meeting from planned to approved minutes, in Czech, then shows it in Hungarian', async () => {
    const cs = getT('cs', 'workingGroups')
    const tabs = getT('cs', 'admin')
    const page = await logIn(COORDINATOR, 'cs')
    const me = (await api<{ user: { id: ID } | null }>(page, 'get', '/api/users/me')).user!
    expect(me, 'the API sees the coordinator logged in').toBeTruthy()
    const groups = await api<{
      docs: { id: ID; name: string; coordinators?: ID[]; members?: ID[] }[]
    }>(page, 'get', '/api/working-groups?depth=0&limit=100')
    const group = groups.docs.find((each) =>
      (each.coordinators ?? []).some((id) => String(id) === String(me.id)),
    )!
    expect(group, 'the coordinator runs a group').toBeTruthy()
    const member = (group.members ?? []).find((id) => String(id) !== String(me.id))

    // dates are typed elsewhere; what broke was the group's own fields
    const startsAt = new Date(Date.now() + 3 * day)
    const created = await api<{ doc: { id: ID } }>(page, 'post', '/api/meetings', {
      workingGroup: group.id,
      title: 'Setkání e2e',
      startsAt: startsAt.toISOString(),
      startsAt_tz: 'Europe/Prague',
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
      endsAt_tz: 'Europe/Prague',
      agenda: [{ title: 'Úvod', public: true }],
    })
    const id = created.doc.id

    await page.goto(`/admin/collections/meetings/${id}`)
    await page.locator('#field-onlineUrl').waitFor()
    await settle(page)
    // attendance and action items are on a tab of their own (Payload renders only the open tab)
    await openTab(page, tabs('tabs.attendanceTasks'), '#field-attendance')
    // rows first, then text: a row added while the server still answers a typed change stays an
    // empty placeholder in Payload's form (its own race, worse on a busy machine)
    // the attendance may already list the members who answered the invitation: a new row follows
    const rows = await page.locator('[id^="field-attendance__"][id$="__member"]').count()
    // the add buttons as Czech says them, not Payload's "Přidat Člen"
    expect((await page.locator('#field-attendance .array-field__add-row').innerText()).trim()).toBe(
      'Přidat člena',
    )
    await page.locator('#field-attendance .array-field__add-row').click()
    await settle(page)
    await page.locator(`#field-attendance__${rows}__member .rs__control`).click()
    await page.locator('.rs__option').first().click()
    await settle(page)
    await page.locator('#field-actionItems .array-field__add-row').click()
    await settle(page)
    await page.fill('#field-actionItems__0__task', 'Připravit analýzu dat')
    await settle(page)
    await openTab(page, tabs('tabs.meeting'), '#field-onlineUrl')
    await page.fill('#field-onlineUrl', 'https://meet.example.org/e2e')
    await page.fill('#field-invitation', 'Srdečně zveme na jarní setkání.')
    await settle(page)
    expect((await save(page, 'meetings', id)).status()).toBe(200)

    await page.reload()
    await openTab(page, tabs('tabs.meeting'), '#field-onlineUrl')
    expect(await page.inputValue('#field-onlineUrl')).toBe('https://meet.example.org/e2e')
    expect(await page.inputValue('#field-invitation')).toBe('Srdečně zveme na jarní setkání.')
    await openTab(page, tabs('tabs.attendanceTasks'), '#field-actionItems__0__task')
    expect(await page.inputValue('#field-actionItems__0__task')).toBe('Připravit analýzu dat')
    // the relationship shows a placeholder until it has fetched the member's name
    await expect
      .poll(() => page.locator('#field-attendance__0__member .rs__single-value').count())
      .toBe(1)

    // the members hear of the new link; the coordinator, who added it, does not
    if (member !== undefined) {
      const mail = await waitForMail(
        (each) => /meet\.example\.org\/e2e/.test(each.html) && !each.to.includes(COORDINATOR),
      )
      expect(mail.subject).toMatch(/Setkání e2e|e2e/)
    }
    expect(
      mails().filter(
        (each) => each.to.includes(COORDINATOR) && /meet\.example\.org\/e2e/.test(each.html),
      ),
    ).toHaveLength(0)

    // the meeting has taken place: move it into the past, then through the workflow in the admin
    await api(page, 'patch', `/api/meetings/${id}`, {
      startsAt: new Date(Date.now() - day).toISOString(),
      endsAt: new Date(Date.now() - day + 3600_000).toISOString(),
    })
    for (const status of ['held', 'minutes-draft', 'minutes-review'] as const) {
      await page.goto(`/admin/collections/meetings/${id}`)
      await page.locator('#field-status').waitFor()
      await chooseStatus(page, cs(`statuses.${status}`))
      expect((await save(page, 'meetings', id)).status()).toBe(200)
    }

    const stored = await api<{ agenda: { id: string }[] }>(
      page,
      'get',
      `/api/meetings/${id}?depth=0`,
    )
    const comment = await api<{ doc: { id: ID } }>(page, 'post', '/api/minutes-comments', {
      meeting: id,
      agendaItem: stored.agenda[0].id,
      body: 'Doplnit čísla z ORP.',
    })

    await page.goto(`/admin/collections/meetings/${id}`)
    await page.locator('#field-status').waitFor()
    await chooseStatus(page, cs('statuses.minutes-approved'))
    expect((await save(page, 'meetings', id)).status()).toBe(400)
    const reason = cs('errors.unresolvedComments', { count: 1 })
    await expect.poll(() => page.locator('#field-status').textContent()).toContain(reason)

    await api(page, 'patch', `/api/minutes-comments/${comment.doc.id}`, {
      resolved: true,
      response: 'Doplněno.',
    })
    await page.goto(`/admin/collections/meetings/${id}`)
    await page.locator('#field-status').waitFor()
    await chooseStatus(page, cs('statuses.minutes-approved'))
    expect((await save(page, 'meetings', id)).status()).toBe(200)
    expect((await api<{ status: string }>(page, 'get', `/api/meetings/${id}?depth=0`)).status).toBe(
      'minutes-approved',
    )

    // the same screen in Hungarian: none of its labels or buttons in English
    await page.context().addCookies([{ name: 'payload-lng', value: 'hu', url: baseURL }])
    await page.goto(`/admin/collections/meetings/${id}`)
    const huTabs = getT('hu', 'admin')
    const hu = getT('hu', 'workingGroups')
    const labels = () =>
      page
        .locator(
          '.document-fields label, .document-fields button, .array-field__header, .row-label, #action-save',
        )
        .allInnerTexts()
    await openTab(page, huTabs('tabs.meeting'), '#field-onlineUrl')
    const texts = await labels()
    await openTab(page, huTabs('tabs.attendanceTasks'), '#field-attendance')
    await page.getByText(hu('fields.attendance'), { exact: true }).first().waitFor()
    texts.push(...(await labels()))
    const english =
      /\b(Add|Save|Attendance|Action items?|Invitation|Online|Status|Member|Task|Assignee|Guests?|Agenda|Untitled|Reason)\b/
    expect(texts.filter((text) => english.test(text))).toEqual([])
  })
})

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

let ctx: TestPayload
let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>>

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_FROM: 'Platforma <noreply@platform.test>',
  })
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('e-mail through SMTP', () => {
  it('delivers a message with the configured sender', async () => {
    await payload.sendEmail({
      to: 'reader@example.test',
      subject: 'Pozvánka na seminár – Košice',
      text: 'Dobrý deň, pozývame vás.',
    })
    const mail = await sink.waitFor((m) => m.subject === 'Pozvánka na seminár – Košice')
    expect(mail.from?.value[0]).toMatchObject({ address: 'noreply@platform.test', name: 'Platforma' })
    expect(mail.to && 'value' in mail.to ? mail.to.value[0].address : undefined).toBe(
      'reader@example.test',
    )
    expect(mail.text).toContain('pozývame')
  })

  it('sends a password-reset link to an account holder', async () => {
    const user = await createUser(payload, ['member'])
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    const mail = await sink.waitFor((m) =>
      Boolean(m.to && 'value' in m.to && m.to.value[0].address === user.email),
    )
    expect(mail.html || mail.text).toMatch(/\/admin\/reset\/[\w-]+/)
  })
})

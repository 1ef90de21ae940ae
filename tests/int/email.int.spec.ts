import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { operatorDetails } from '@/config/operator'
import { senderName } from '@/email/adapter'
import { registerApplicant } from '@/registry/registration'

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
    OPERATOR_NAME: 'Občianske združenie Spolu',
  })
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('e-mail through SMTP', () => {
  it('delivers a message from the operator’s address and name', async () => {
    await payload.sendEmail({
      to: 'reader@example.test',
      subject: 'Pozvánka na seminár – Košice',
      text: 'Dobrý deň, pozývame vás.',
    })
    const mail = await sink.waitFor((m) => m.subject === 'Pozvánka na seminár – Košice')
    expect(mail.from?.value[0]).toMatchObject({
      address: 'noreply@platform.test',
      name: 'Občianske združenie Spolu',
    })
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
    expect(mail.html).toMatch(/\/admin\/reset\/[\w-]+/)
    // Payload's own messages get their plain-text part too
    expect((mail.headers.get('content-type') as { value: string }).value).toBe(
      'multipart/alternative',
    )
    expect(mail.text).toMatch(/\/admin\/reset\/[\w-]+/)
  })

  it('gives every HTML message a plain-text part with its words and links', async () => {
    await payload.create({
      collection: 'regions',
      data: { code: 'SK042', country: 'SK', name: 'Košický kraj' },
    })
    const result = await registerApplicant(
      payload,
      {
        name: 'Zuzana Textová',
        email: 'zuzana@text.example',
        password: 'a long enough password',
        consent: 'on',
        organisationMode: 'new',
        organisationName: 'Spolok Text',
        organisationKind: 'ngo',
        country: 'SK',
        centreName: 'Centrum Text',
        centreMunicipality: 'Košice',
        region: 'SK042',
      },
      { locale: 'sk', ip: '10.7.0.1' },
    )
    expect(result).toEqual({ status: 'success' })
    const mail = await sink.waitFor((m) =>
      Boolean(m.to && 'value' in m.to && m.to.value[0].address === 'zuzana@text.example'),
    )
    expect(mail.html).toContain('<p>')
    // a real text/plain part beside the HTML (the parser would otherwise derive one itself)
    expect((mail.headers.get('content-type') as { value: string }).value).toBe(
      'multipart/alternative',
    )
    expect(mail.text).toContain('Zuzana Textová')
    expect(mail.text).toMatch(/\/sk\/register\/verify\?token=[\w%-]+/)
    expect(mail.text).not.toMatch(/<[a-z]/)
    expect(mail.from?.value[0].name).toBe('Občianske združenie Spolu')
  })
})

describe('the sender’s name', () => {
  it('is the operator’s, else the one in SMTP_FROM, else the operator’s default — never “Platform”', () => {
    expect(
      senderName({ OPERATOR_NAME: 'Kraj Vysočina', SMTP_FROM: 'Platform <no-reply@example.org>' }),
    ).toBe('Kraj Vysočina')
    expect(senderName({ SMTP_FROM: 'Košice Region <no-reply@example.org>' })).toBe('Košice Region')
    expect(senderName({ SMTP_FROM: 'no-reply@example.org' })).toBe(operatorDetails({}).name)
    expect(senderName({})).toBe(operatorDetails({}).name)
    expect(operatorDetails({}).name).not.toBe('Platform')
  })
})

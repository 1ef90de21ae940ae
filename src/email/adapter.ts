import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import fs from 'node:fs'
import path from 'node:path'
import { convert } from 'html-to-text'
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { readMailConfig } from '@/config/environment'
import { operatorDetails } from '@/config/operator'

/**
 * Without SMTP_HOST (development) every message is written to data/mail/ as an .eml file that
 * any mail client opens, and its subject is logged — nothing is sent anywhere.
 */
function folderTransport(folder: string) {
  return nodemailer.createTransport({
    name: 'folder',
    version: '1',
    send(mail, callback) {
      const chunks: Buffer[] = []
      const stream = mail.message.createReadStream()
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        fs.mkdirSync(folder, { recursive: true })
        const messageId = mail.message.messageId()
        const file = path.join(
          folder,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^\w.-]+/g, '')}.eml`,
        )
        fs.writeFileSync(file, Buffer.concat(chunks))
        console.info(
          `mail to ${String(mail.data.to)} "${String(mail.data.subject)}" written to ${file}`,
        )
        callback(null, {
          envelope: mail.message.getEnvelope(),
          messageId,
          accepted: [],
          rejected: [],
          pending: [],
          response: `written to ${file}`,
        })
      })
    },
  })
}

/**
 * Who the mail says it is from: the operator (OPERATOR_NAME), else the name in SMTP_FROM, else
 * the operator's default name — never a bare "Platform".
 */
export function senderName(env: Record<string, string | undefined> = process.env) {
  return env.OPERATOR_NAME?.trim() || readMailConfig(env).fromName || operatorDetails(env).name
}

/**
 * Every message gets a plain-text part beside its HTML (for text-only clients, screen-reader
 * setups and spam filters), written from the HTML by html-to-text as nodemailer compiles it:
 * ours and Payload's own (password reset) alike.
 */
function withPlainText(transport: Transporter) {
  transport.use('compile', (mail, callback) => {
    const { html, text } = mail.data
    if (typeof html === 'string' && !text) {
      mail.data.text = convert(html, {
        wordwrap: 78,
        selectors: [{ selector: 'a', options: { hideLinkHrefIfSameAsText: true } }],
      })
    }
    callback()
  })
}

export function emailAdapter(
  env: Record<string, string | undefined> = process.env,
): Promise<EmailAdapter> {
  const mail = readMailConfig(env)
  const transport =
    mail.kind === 'folder'
      ? folderTransport(mail.folder)
      : nodemailer.createTransport({
          host: mail.host,
          port: mail.port,
          secure: mail.secure,
          auth: mail.auth,
        })
  withPlainText(transport)
  return nodemailerAdapter({
    defaultFromAddress: mail.fromAddress,
    defaultFromName: senderName(env),
    transport,
    // verifying opens an SMTP session on every boot; production does it, tests and dev need not
    skipVerify: mail.kind === 'folder' || env.NODE_ENV !== 'production',
  })
}

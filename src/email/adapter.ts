import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import fs from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { readMailConfig } from '@/config/environment'

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
        console.info(`mail to ${String(mail.data.to)} "${String(mail.data.subject)}" written to ${file}`)
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

export function emailAdapter(env: Record<string, string | undefined> = process.env): Promise<EmailAdapter> {
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
  return nodemailerAdapter({
    defaultFromAddress: mail.fromAddress,
    defaultFromName: mail.fromName,
    transport,
    // verifying opens an SMTP session on every boot; production does it, tests and dev need not
    skipVerify: mail.kind === 'folder' || env.NODE_ENV !== 'production',
  })
}

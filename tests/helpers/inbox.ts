import fs from 'node:fs'
import path from 'node:path'

export type InboxMail = {
  to: string
  subject: string
  html: string | false
  text: string
  attachments?: { filename?: string; contentType: string; content: string }[]
}

/** Waits (bounded) for a message in the e2e SMTP sink's inbox folder. */
export async function waitForMail(
  inbox: string,
  predicate: (mail: InboxMail) => boolean,
  timeoutMs = 15_000,
): Promise<InboxMail> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    for (const file of fs
      .readdirSync(inbox)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const mail = JSON.parse(fs.readFileSync(path.join(inbox, file), 'utf8')) as InboxMail
      if (predicate(mail)) return mail
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`no matching e-mail within ${timeoutMs} ms`)
}

import { type ParsedMail, simpleParser } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server on a free loopback port that keeps every message it receives. */
export async function startSmtpSink(port = 0) {
  const messages: ParsedMail[] = []
  const waiters: (() => void)[] = []
  const listeners: ((mail: ParsedMail, index: number) => void)[] = []
  // "down" keeps the port bound while refusing every connection, so a test can take SMTP away
  // and bring it back without another process taking the port in between
  let down = false
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      callback(
        down ? Object.assign(new Error('Service not available'), { responseCode: 421 }) : undefined,
      )
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          listeners.forEach((listener) => listener(mail, messages.length))
          waiters.splice(0).forEach((wake) => wake())
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const boundPort = (server.server.address() as AddressInfo).port

  /** Waits (bounded) until a message matching the predicate has arrived. */
  async function waitFor(predicate: (mail: ParsedMail) => boolean, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = messages.find(predicate)
      if (found) return found
      const remaining = deadline - Date.now()
      if (remaining <= 0) throw new Error(`no matching e-mail within ${timeoutMs} ms`)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining)
        waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  return {
    port: boundPort,
    messages,
    waitFor,
    /** Refuses (true) or accepts (false) connections from now on. */
    setDown: (value: boolean) => {
      down = value
    },
    onMessage: (listener: (mail: ParsedMail, index: number) => void) => listeners.push(listener),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

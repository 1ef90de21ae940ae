// Plain ESM JavaScript (not TypeScript) so that scripts/server.mjs runs it as it is.

/**
 * Appends the address the connection really came from to X-Forwarded-For, as nginx's
 * `$proxy_add_x_forwarded_for` does. Whatever the client wrote stays to the left of it, so
 * `clientIp` (src/security/clientIp.ts) counts entries from the right and never trusts theirs.
 * Node joins repeated X-Forwarded-For headers into one list before we see them.
 * @param {import('node:http').IncomingMessage} req
 */
export function appendSocketAddress(req) {
  const remote = (req.socket.remoteAddress ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
  if (!remote) return
  const existing = req.headers['x-forwarded-for']
  const written = Array.isArray(existing) ? existing.join(', ') : (existing ?? '').trim()
  req.headers['x-forwarded-for'] = written ? `${written}, ${remote}` : remote
}

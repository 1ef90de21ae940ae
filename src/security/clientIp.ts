/**
 * The client's address for rate limits. Our HTTP server (scripts/server.mjs) appends the
 * address of the connection to X-Forwarded-For, and each reverse proxy in front appends the
 * address of the connection it received; so the entry `TRUSTED_PROXY_HOPS` from the right
 * (default 0: no proxy, the connection itself; 1: one reverse proxy) is the last address a
 * machine we run vouches for. Entries further left were written by the client and can be anything.
 */
export function clientIp(
  headers: Pick<Headers, 'get'>,
  hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0),
): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (chain.length === 0) return 'unknown'
  const skip = Number.isInteger(hops) && hops > 0 ? hops : 0
  return chain[Math.max(0, chain.length - 1 - skip)]
}

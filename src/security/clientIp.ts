/**
 * The client's address for rate limits. Each reverse proxy in front appends the address it saw
 * to X-Forwarded-For, so the entry `TRUSTED_PROXY_HOPS` from the right (default 1: one proxy,
 * as in the production set-up) is the last one a proxy we run vouches for; entries further
 * left were written by the client and can be anything.
 */
export function clientIp(headers: Pick<Headers, 'get'>, hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1)): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (chain.length === 0) return headers.get('x-real-ip')?.trim() || 'unknown'
  const index = Math.max(0, chain.length - Math.max(1, Math.floor(hops) || 1))
  return chain[index]
}

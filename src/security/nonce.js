// Plain ESM JavaScript (not TypeScript) so that scripts/server.mjs runs it as it is.

/**
 * A fresh Content-Security-Policy nonce: 128 random bits, base64. So many bits also make the
 * page cache's stamping safe: a cached page's old nonce is replaced by exact match, and no
 * other text of the page can equal it by chance.
 * @returns {string}
 */
export function newNonce() {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}

/**
 * The nonce a Content-Security-Policy header allows scripts by, if any.
 * @param {string | undefined | null} policy
 * @returns {string | undefined}
 */
export function nonceOf(policy) {
  return policy ? /'nonce-([^']+)'/.exec(policy)?.[1] : undefined
}

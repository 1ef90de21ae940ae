import { headers } from 'next/headers'

/** Structured data for search engines; `<` is escaped so no text can close the script tag. */
export async function JsonLd({ data }: { data: object }) {
  // not executed, but it carries the page's nonce so the CSP has nothing to report
  const nonce = (await headers()).get('x-nonce') ?? undefined
  return (
    <script
      type="application/ld+json"
      nonce={nonce}
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}

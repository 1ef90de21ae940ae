import type { Snippet } from '@/search/text'

/** A search result's context with the match marked. */
export function Highlight({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.before}
      <mark>{snippet.match}</mark>
      {snippet.after}
    </>
  )
}

/* Accent-free matching shared by the site search and each working group's search. */

/** Lower case without diacritics, one character for one: "Prunéřov" → "prunerov". */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

export type Snippet = { before: string; match: string; after: string }

/** The first place the (folded) query occurs in the text, with some words around it. */
export function snippet(
  text: string | null | undefined,
  query: string,
  radius = 80,
): Snippet | null {
  if (!text) return null
  const folded = fold(text)
  // folding can merge characters (e.g. "ﬁ"); positions stay exact only when lengths agree
  const at = folded.length === text.length ? folded.indexOf(fold(query)) : -1
  if (at < 0) return null
  const start = Math.max(0, at - radius)
  const end = Math.min(text.length, at + query.length + radius)
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: text.slice(at, at + query.length),
    after: text.slice(at + query.length, end) + (end < text.length ? '…' : ''),
  }
}

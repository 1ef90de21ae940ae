import type { Material, Meeting } from '@/payload-types'

/** Lower case without diacritics, one character for one: "Prunéřov" → "prunerov". */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

export type Snippet = { before: string; match: string; after: string }

/** The first place the (folded) query occurs in the text, with some words around it. */
export function snippet(text: string | null | undefined, query: string, radius = 80): Snippet | null {
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

export type GroupHit =
  | { kind: 'minutes'; meeting: Meeting; item: string; snippet: Snippet }
  | { kind: 'material'; material: Material; snippet: Snippet }

/**
 * Search within one group's minutes and materials, in any language and without diacritics.
 * A group's records are a few hundred texts at most, already loaded for the page.
 */
export function searchGroup(query: string, meetings: Meeting[], materials: Material[]): GroupHit[] {
  const q = query.trim()
  if (q.length < 2) return []
  const hits: GroupHit[] = []
  for (const meeting of meetings) {
    for (const item of meeting.agenda ?? []) {
      const found = snippet(item.title, q) ?? snippet(item.discussion, q) ?? snippet(item.decision, q)
      if (found) hits.push({ kind: 'minutes', meeting, item: item.title, snippet: found })
    }
  }
  for (const material of materials) {
    const found = snippet(material.title, q) ?? snippet(material.description, q)
    if (found) hits.push({ kind: 'material', material, snippet: found })
  }
  return hits
}

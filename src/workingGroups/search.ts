import type { Material, Meeting } from '@/payload-types'
import { type Snippet, snippet } from '@/search/text'

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
      const found =
        snippet(item.title, q) ?? snippet(item.discussion, q) ?? snippet(item.decision, q)
      if (found) hits.push({ kind: 'minutes', meeting, item: item.title, snippet: found })
    }
  }
  for (const material of materials) {
    const found = snippet(material.title, q) ?? snippet(material.description, q)
    if (found) hits.push({ kind: 'material', material, snippet: found })
  }
  return hits
}

import type { CollectionAfterReadHook } from 'payload'

import type { Meeting } from '@/payload-types'

/**
 * Field access has already emptied the agenda items the reader may not see (only "not public"
 * remains, not even the row's id); this drops those husks so pages and clients get a clean list.
 * It hides nothing itself: without it nothing private would show either.
 */
export const dropHiddenAgendaItems: CollectionAfterReadHook<Meeting> = ({ doc }) => {
  if (!Array.isArray(doc?.agenda)) return doc
  const agenda = doc.agenda.filter((item) => Object.keys(item).some((key) => key !== 'public'))
  return agenda.length === doc.agenda.length ? doc : { ...doc, agenda }
}

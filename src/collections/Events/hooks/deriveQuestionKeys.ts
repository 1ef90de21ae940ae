import type { CollectionBeforeValidateHook } from 'payload'

import type { Event } from '@/payload-types'
import { slugify } from '@/utilities/slugify'

type Question = NonNullable<Event['questions']>[number]

const MAX_KEY = 40

/** A key for answers from the question's text: "Jaké jídlo si přejete?" → `jake-jidlo-si-prejete`. */
export function keyFromLabel(label: unknown, taken: Set<string>, position: number): string {
  const base = (slugify(label) ?? `question-${position + 1}`).slice(0, MAX_KEY).replace(/-+$/, '')
  let key = base
  for (let n = 2; taken.has(key); n += 1)
    key = `${base.slice(0, MAX_KEY - String(n).length - 1)}-${n}`
  return key
}

/**
 * Answers are stored under each question's key, so organisers no longer type one: it is made
 * from the question's text. While nobody has registered it follows the text; once someone
 * has, a question keeps the key it had (its row id says which), so their answers still match.
 */
export const deriveQuestionKeys: CollectionBeforeValidateHook<Event> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!data?.questions) return data
  const before = new Map(
    (originalDoc?.questions ?? []).map((question) => [question.id, question.key]),
  )
  const answered =
    originalDoc?.id != null &&
    before.size > 0 &&
    (
      await req.payload.count({
        collection: 'event-registrations',
        where: { event: { equals: originalDoc.id } },
        overrideAccess: true,
        req,
      })
    ).totalDocs > 0
  const taken = new Set<string>()
  const keep = (question: Question) =>
    question.id && answered ? before.get(question.id) : undefined
  // kept keys first, so a new question never takes one that answers already use
  for (const question of data.questions) {
    const kept = keep(question)
    if (kept) taken.add(kept)
  }
  data.questions = data.questions.map((question, position) => {
    const kept = keep(question)
    if (kept) return { ...question, key: kept }
    const key = keyFromLabel(question.label, taken, position)
    taken.add(key)
    return { ...question, key }
  })
  return data
}

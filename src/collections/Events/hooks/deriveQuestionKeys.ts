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
 * Answers are stored under each question's key, so organisers no longer type one (the admin
 * hides it): a question without a key gets one made from its text. Once anyone has registered,
 * a question keeps the key it had (its row id says which), whatever is sent, so the answers
 * given still match it. Keys sent over the API for new questions are kept (and validated).
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
  const fixed = (question: Question) =>
    (question.id ? (answered ? before.get(question.id) : undefined) : undefined) ||
    question.key ||
    (question.id ? before.get(question.id) : undefined)
  const taken = new Set<string>()
  // keys already given first, so a new question never takes one that answers may use
  for (const question of data.questions) {
    const key = fixed(question)
    if (key) taken.add(key)
  }
  data.questions = data.questions.map((question, position) => {
    const key = fixed(question)
    if (key) return { ...question, key }
    const made = keyFromLabel(question.label, taken, position)
    taken.add(made)
    return { ...question, key: made }
  })
  return data
}

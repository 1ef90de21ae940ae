import type { Event } from '@/payload-types'

type Question = NonNullable<Event['questions']>[number]

/** A registrant's answer as people read it: a choice's label (in the event's language), not its number. */
export function answerText(question: Question, answers: unknown): string {
  const raw =
    answers && typeof answers === 'object'
      ? (answers as Record<string, unknown>)[question.key]
      : undefined
  const answer = raw == null ? '' : String(raw)
  return question.kind === 'choice' && answer !== ''
    ? (question.options?.[Number(answer)]?.label ?? answer)
    : answer
}

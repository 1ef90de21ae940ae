import type { Event } from '@/payload-types'

type Question = NonNullable<Event['questions']>[number]

/**
 * An answer as a person reads it: a choice is stored as the option's position (the same in
 * every language), shown as the option's label in the language the event was loaded in.
 */
export function answerText(question: Question, answer: string | undefined): string {
  if (answer === undefined || answer === '') return ''
  return question.kind === 'choice' ? (question.options?.[Number(answer)]?.label ?? answer) : answer
}

/** A document id: a number on SQLite, an ObjectId string on MongoDB — never assume which. */
export type ID = number | string

/**
 * The id behind a relationship value, whether Payload populated it (a document) or not (its
 * id). `depth` decides which one a query returns, so code that reads relations goes through here.
 */
export function idFrom<T extends ID>(value: T | { id: T } | null | undefined): T | undefined
export function idFrom(value: unknown): ID | undefined
export function idFrom(value: unknown): ID | undefined {
  if (value == null) return undefined
  return typeof value === 'object' ? (value as { id: ID }).id : (value as ID)
}

/** Whether two relationship values (ids or documents) name the same document. */
export const sameId = (a: unknown, b: unknown) =>
  a != null && b != null && String(idFrom(a)) === String(idFrom(b))

/** Documents by their id as text (ids compare as strings: numbers on SQLite, strings on MongoDB). */
export const byId = <T extends { id: ID }>(documents: readonly T[]): Map<string, T> =>
  new Map(documents.map((document) => [String(document.id), document]))

import { privateField } from './privateField'

/**
 * Who represents an organisation links a person to it: staff and the representatives
 * themselves see the list, the public does not (nor can it ask whether someone is on it).
 */
export const representativesReadable = privateField(({ req, doc }) => {
  const representatives = Array.isArray(doc.representatives) ? doc.representatives : []
  return representatives.some((person) => String(person && typeof person === 'object' ? (person as { id: unknown }).id : person) === String(req.user?.id))
})

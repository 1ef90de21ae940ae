import { privateField } from './privateField'
import { idFrom } from '@/utilities/ids'

/**
 * Who represents an organisation links a person to it: staff and the representatives
 * themselves see the list, the public does not (nor can it ask whether someone is on it).
 */
export const representativesReadable = privateField(({ req, doc }) => {
  const representatives = Array.isArray(doc.representatives) ? doc.representatives : []
  return representatives.some((person) => String(idFrom(person)) === String(req.user?.id))
})

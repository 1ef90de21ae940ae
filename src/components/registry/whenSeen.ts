/**
 * Runs `load` once the element is about to scroll into view, so a map's script, data and tiles
 * are fetched only by readers who get that far (below the filters on a phone). Returns the undo.
 */
export function whenSeen(element: Element | null, load: () => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      load()
    },
    { rootMargin: '200px' },
  )
  if (element) observer.observe(element)
  return () => observer.disconnect()
}

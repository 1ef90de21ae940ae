import type { ReactNode } from 'react'

/**
 * A wide table on a narrow screen: it scrolls sideways inside this box instead of the page.
 * The box is a labelled, focusable region so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}

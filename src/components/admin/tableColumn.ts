import type { ReactNode } from 'react'

/** A column for Payload's list `Table` (the list view's markup and styles) from ready cells. */
export const tableColumn = (accessor: string, heading: string, cells: ReactNode[]) => ({
  accessor,
  active: true,
  field: { name: accessor, type: 'text' as const },
  Heading: heading,
  renderedCells: cells,
})

'use client'

import type { DefaultCellComponentProps } from 'payload'

/**
 * A list cell that stays empty when the row has no value, where Payload writes "<No …>": a
 * confirmed registration has no place on the waiting list, and saying so on every row is noise.
 */
export function BlankWhenEmpty({ cellData }: DefaultCellComponentProps) {
  return (
    <span>
      {cellData === null || cellData === undefined || cellData === '' ? '' : String(cellData)}
    </span>
  )
}

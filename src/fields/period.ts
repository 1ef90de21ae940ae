import type { Field, RowField } from 'payload'

import type { AdminLabel } from '@/fields/labels'

type Label = (key: string) => AdminLabel

/**
 * A span of days side by side: `from`, and `to` left empty while it goes on. Whether `to` comes
 * after `from` is checked by the collection's validate hook with `endsBeforeStart`, because drafts
 * skip field validation and the rule must hold for them too.
 */
export function dayRange(
  label: Label,
  { required = false, indexed = false }: { required?: boolean; indexed?: boolean } = {},
): RowField {
  const day = (name: 'from' | 'to'): Field => ({
    name,
    type: 'date',
    ...(name === 'from' && required ? { required: true } : {}),
    ...(indexed ? { index: true } : {}),
    label: label(name),
    admin: { date: { pickerAppearance: 'dayOnly' } },
  })
  return { type: 'row', fields: [day('from'), day('to')] }
}

/** The `period` group of a case study or a strategy: when the work ran, `from` required. */
export function periodField(label: Label, options: { indexed?: boolean } = {}): Field {
  return {
    name: 'period',
    type: 'group',
    label: label('period'),
    fields: [dayRange(label, { required: true, ...options })],
  }
}

type Span = { from?: string | null; to?: string | null } | null | undefined

/** True when both ends are set and the span ends before it starts. */
export const endsBeforeStart = (span: Span): boolean =>
  Boolean(span?.from && span?.to && new Date(span.to) < new Date(span.from))

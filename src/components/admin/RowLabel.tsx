'use client'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useLocale, useRowLabel, useTranslation } from '@payloadcms/ui'
import { format } from 'date-fns'
import { useEffect, useState } from 'react'

import type { RowLabelPart } from '@/fields/rowLabel'
import { idFrom } from '@/utilities/ids'

type Props = {
  /** what the row is named by, first non-empty parts joined */
  show: RowLabelPart[]
  /** the array's singular label: the fallback is "<singular> 01" as Payload's own */
  singular: Record<string, string>
}

/** Titles of related documents, fetched once per page for every row that names the same one. */
const titles = new Map<string, Promise<string | undefined>>()

function titleOf(
  api: string,
  part: Required<Pick<RowLabelPart, 'relationTo'>> & RowLabelPart,
  id: unknown,
  locale: string,
) {
  const titleField = part.titleField ?? 'name'
  const key = `${part.relationTo}/${String(id)}/${locale}`
  if (!titles.has(key)) {
    const url = `${api}/${part.relationTo}/${encodeURIComponent(String(id))}?depth=0&locale=${locale}&select[${titleField}]=true`
    titles.set(
      key,
      fetch(url, { credentials: 'include' })
        .then((response) => (response.ok ? response.json() : undefined))
        .then((doc: Record<string, unknown> | undefined) => {
          const title = doc?.[titleField]
          return typeof title === 'string' && title.trim() ? title : undefined
        })
        .catch(() => undefined),
    )
  }
  return titles.get(key)!
}

const valueAt = (data: unknown, path: string) =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data)

/**
 * Names an array row by its content (the question's text, the member's name, the closure's
 * dates) in the admin's language, instead of Payload's "Question 01".
 */
export function RowLabel({ show, singular }: Props) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const { code: locale } = useLocale()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const api = `${serverURL ?? ''}${routes.api}`
  const [related, setRelated] = useState<Record<string, string | undefined>>({})

  const relationKeys = show
    .filter((part) => part.relationTo)
    .map((part) => {
      const id = idFrom(valueAt(data, part.field))
      return { part, id }
    })
    .filter(({ id }) => id !== undefined && id !== '')
  const relationSignature = relationKeys
    .map(({ part, id }) => `${part.field}:${String(id)}`)
    .join('|')

  useEffect(() => {
    let cancelled = false
    void Promise.all(
      relationKeys.map(
        async ({ part, id }) =>
          [part.field, await titleOf(api, part as never, id, locale)] as const,
      ),
    ).then((entries) => {
      if (!cancelled) setRelated(Object.fromEntries(entries))
    })
    return () => {
      cancelled = true
    }
    // the signature stands for the ids the rows point at
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [relationSignature, api, locale])

  const parts = show
    .map((part): { text?: string; date?: boolean; before?: string } => ({
      ...describe(part),
      before: part.before,
    }))
    .filter((part) => Boolean(part.text))

  function describe(part: RowLabelPart): { text?: string; date?: boolean } {
    const value = valueAt(data, part.field)
    if (part.relationTo) {
      const populated =
        value && typeof value === 'object' ? valueAt(value, part.titleField ?? 'name') : undefined
      return { text: typeof populated === 'string' ? populated : related[part.field] }
    }
    if (part.kind === 'date') {
      const date = value && i18n.dateFNS ? new Date(value as string) : undefined
      return date && !Number.isNaN(date.getTime())
        ? { text: format(date, 'P', { locale: i18n.dateFNS }), date: true }
        : {}
    }
    if (part.options) {
      const option = part.options.find((each) => each.value === value)
      return { text: option ? getTranslation(option.label, i18n) : undefined }
    }
    if (typeof value === 'number') return { text: String(value) }
    return { text: typeof value === 'string' && value.trim() ? value.trim() : undefined }
  }

  const fallback = `${getTranslation(singular, i18n)} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`
  // a range of dates reads "24. 12. 2026 – 26. 12. 2026", anything else is set apart by a dot
  const text =
    parts.length > 0
      ? parts
          .map((part, index) => {
            if (index === 0) return part.text
            const between = part.before ?? (part.date && parts[index - 1].date ? ' – ' : ' · ')
            return between + part.text
          })
          .join('')
      : fallback
  // Payload's own label is this span; a custom one replaces it whole
  return (
    <span className="row-label" style={{ pointerEvents: 'none' }}>
      {text.length > 120 ? `${text.slice(0, 117)}…` : text}
    </span>
  )
}

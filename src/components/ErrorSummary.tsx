'use client'

import { useEffect, useRef } from 'react'

type Item = { href?: string; text: string }

/**
 * The errors of a submitted form, at its top, taking the focus so a person on a phone is not
 * left at the button 3,000 px below: on the client when it appears, and through `autofocus`
 * when the server drew the page (no JavaScript). Each item links to its field.
 */
export function ErrorSummary({
  title,
  items,
  level = 2,
}: {
  title: string
  items: Item[]
  level?: 2 | 3
}) {
  const Heading = level === 3 ? 'h3' : 'h2'
  const ref = useRef<HTMLDivElement>(null)
  // mounted afresh for every answer (the form is keyed by it), so this runs once per answer
  useEffect(() => ref.current?.focus(), [])
  return (
    <div
      ref={ref}
      id="error-summary"
      className="error-summary"
      tabIndex={-1}
      autoFocus
      aria-labelledby="error-summary-title"
    >
      <Heading id="error-summary-title">{title}</Heading>
      {items.length > 0 ? (
        <ul>
          {items.map((item, index) => (
            <li key={index}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

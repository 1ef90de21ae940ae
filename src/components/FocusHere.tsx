'use client'

import { useEffect, useRef, type ReactNode } from 'react'

/**
 * A message or step that appears after a form was sent, where the reader's eyes are — beside
 * the button they pressed — and taking the focus so a screen reader and a phone user land on
 * it: on the client when it appears, through `autofocus` when the server drew the page.
 */
export function FocusHere({
  id,
  role,
  className,
  label,
  children,
}: {
  id: string
  role?: 'status' | 'alert' | 'region'
  className?: string
  label?: string
  children: ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div
      ref={ref}
      id={id}
      role={role}
      aria-label={label}
      className={className}
      tabIndex={-1}
      autoFocus
    >
      {children}
    </div>
  )
}

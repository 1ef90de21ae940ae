'use client'

import { Button, toast, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

type Props = {
  /** the endpoint this button posts to, e.g. /api/centres/12/resubmit */
  action: string
  label: string
  /** said instead of acting while the surrounding form has unsaved changes */
  saveFirst?: string
  buttonStyle?: 'primary' | 'secondary'
}

/**
 * A button for one moderation step the status field cannot express (submit again, resend a
 * confirmation e-mail): posts, says the server's answer and reloads, so the form shows the
 * stored status rather than the one it was opened with.
 */
export function ModerationAction({ action, label, saveFirst, buttonStyle = 'primary' }: Props) {
  const modified = useFormModified()
  const [busy, setBusy] = useState(false)

  async function run() {
    if (saveFirst && modified) {
      toast.warning(saveFirst)
      return
    }
    setBusy(true)
    try {
      const response = await fetch(action, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as {
        message?: string
        errors?: { message?: string }[]
      }
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? response.statusText)
        return
      }
      toast.success(body.message ?? label)
      window.setTimeout(() => window.location.reload(), 600)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button
      buttonStyle={buttonStyle}
      className="moderation-action"
      disabled={busy}
      margin={false}
      onClick={run}
      size="medium"
      type="button"
    >
      {label}
    </Button>
  )
}

'use client'

import { toast, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

// Payload 3.90's bulk upload drawer (which an upload field opens for a new file) sums up a
// refused file in English, hard-coded ("Failed to save 1 files"), after placing the reason
// beside the file; this says the same in the admin's language and points to that reason.
const FAILED = /^Failed to save (\d+) files$/

/** Admin provider: the bulk upload's English summary toast, in the admin's language. */
export function UploadToasts({ children }: { children?: ReactNode }) {
  const { t } = useTranslation()
  useEffect(() => {
    const original = toast.error
    toast.error = ((message, data) => {
      const failed = typeof message === 'string' ? FAILED.exec(message) : null
      const text = failed
        ? (t as (key: string, values: object) => string)('platform:uploadFailed', {
            count: Number(failed[1]),
          })
        : message
      return original(text, data)
    }) as typeof toast.error
    return () => {
      toast.error = original
    }
  }, [t])
  return children
}

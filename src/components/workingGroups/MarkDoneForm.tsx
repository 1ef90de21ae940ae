import type { Locale } from '@/i18n/locales'

import { setActionStatus } from '@/app/(frontend)/[locale]/working-groups/actions'

/** "Mark as done" for one action item, as a plain form that comes back to `back`. */
export function MarkDoneForm({
  locale,
  meetingId,
  item,
  back,
  label,
}: {
  locale: Locale
  meetingId: number | string
  item: { id?: string | null; task: string }
  back: string
  label: string
}) {
  return (
    <form action={setActionStatus.bind(null, locale)} className="no-print">
      <input type="hidden" name="meeting" value={String(meetingId)} />
      <input type="hidden" name="item" value={item.id ?? ''} />
      <input type="hidden" name="status" value="done" />
      <input type="hidden" name="back" value={back} />
      <button type="submit">
        {label}
        <span className="visually-hidden">: {item.task}</span>
      </button>
    </form>
  )
}

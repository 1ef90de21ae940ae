/** A progress bar that reads as text too: the native element, with the figure beside it. */
export function ProgressBar({
  value,
  label,
  display,
}: {
  value: number | null
  label: string
  display: string
}) {
  return (
    <span className="progress">
      <progress max={100} value={value === null ? 0 : Math.round(value * 100)} aria-label={label}>
        {display}
      </progress>{' '}
      <span>{display}</span>
    </span>
  )
}

import type { ReactNode } from 'react'

export type FilterSelect = {
  key: string
  label: string
  value: string
  options: { value: string; label: string }[]
}

type Props = {
  label: string
  anyLabel: string
  applyLabel: string
  selects: FilterSelect[]
  hidden?: Record<string, string>
  /** fields before the selects, e.g. a search box */
  children?: ReactNode
}

/** A listing's filters as a plain GET form: shareable URLs, and it works without JavaScript. */
export function FilterForm({ label, anyLabel, applyLabel, selects, hidden = {}, children }: Props) {
  return (
    <form method="get" className="event-filters" aria-label={label}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {selects.map(({ key, label: selectLabel, value, options }) => (
        <div className="field" key={key}>
          <label htmlFor={`filter-${key}`}>{selectLabel}</label>
          <select id={`filter-${key}`} name={key} defaultValue={value}>
            <option value="">{anyLabel}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="filters__actions">
        <button type="submit">{applyLabel}</button>
      </div>
    </form>
  )
}

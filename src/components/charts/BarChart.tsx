type Row = { label: string; value: number; display: string; lang?: string }

type Props = { id: string; title: string; rows: Row[]; labelHeading: string; valueHeading: string }

/**
 * A horizontal bar chart drawn on the server as SVG (no script, no library), with the same
 * figures in a table beside it for screen readers, keyboard users and copying.
 */
export function BarChart({ id, title, rows, labelHeading, valueHeading }: Props) {
  const max = Math.max(...rows.map((row) => row.value), 0) || 1
  const rowHeight = 28
  const height = rows.length * rowHeight + 4
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div className="chart__body">
        <svg
          viewBox={`0 0 600 ${height}`}
          role="img"
          aria-labelledby={`${id}-svg-title`}
          className="chart__svg"
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={`${id}-svg-title`}>{title}</title>
          {rows.map((row, index) => {
            const width = Math.max(2, (row.value / max) * 330)
            const y = index * rowHeight + 4
            return (
              <g key={row.label}>
                <text x="0" y={y + 16} className="chart__label" lang={row.lang}>
                  {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
                </text>
                <rect
                  x="200"
                  y={y + 2}
                  width={width}
                  height="18"
                  rx="3"
                  className={`chart__bar chart__bar--${(index % 5) + 1}`}
                />
                <text x={206 + width} y={y + 16} className="chart__value">
                  {row.display}
                </text>
              </g>
            )
          })}
        </svg>
        <table className="chart__table">
          <thead>
            <tr>
              <th scope="col">{labelHeading}</th>
              <th scope="col">{valueHeading}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" lang={row.lang}>
                  {row.label}
                </th>
                <td>{row.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}

type Segment = { label: string; share: number; display: string }

/** Shares of a whole as one stacked bar, with its table. */
export function ShareBar({
  id,
  title,
  segments,
  labelHeading,
  valueHeading,
}: {
  id: string
  title: string
  segments: Segment[]
  labelHeading: string
  valueHeading: string
}) {
  // each segment starts where the ones before it end
  const widths = segments.map((segment) => (Math.min(segment.share, 100) / 100) * 600)
  const starts = widths.map((_, index) =>
    widths.slice(0, index).reduce((sum, width) => sum + width, 0),
  )
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg
        viewBox="0 0 600 36"
        role="img"
        aria-labelledby={`${id}-svg-title`}
        className="chart__svg chart__svg--share"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <rect x="0" y="4" width="600" height="28" rx="4" className="chart__track" />
        {segments.map((segment, index) => (
          <rect
            key={segment.label}
            x={starts[index]}
            y="4"
            width={widths[index]}
            height="28"
            className={`chart__bar chart__bar--${(index % 5) + 1}`}
          />
        ))}
      </svg>
      <table className="chart__table">
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col">{valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((segment, index) => (
            <tr key={segment.label}>
              <th scope="row">
                <span
                  className={`chart__swatch chart__swatch--${(index % 5) + 1}`}
                  aria-hidden="true"
                />{' '}
                {segment.label}
              </th>
              <td>{segment.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

import type { Ref } from 'react'

type Props = {
  /** the ids of the form's latitude and longitude inputs, which the picker fills */
  latitudeId: string
  longitudeId: string
  tileUrl: string | null
  attribution: string
  label: string
  instructions: string
  placeHere: string
  /**
   * `page`: the map script attaches it when it loads (the public form, which loads the script
   * itself); `admin`: its React field attaches it, and takes the picked points into its form.
   */
  attach: 'page' | 'admin'
  ref?: Ref<HTMLDivElement>
}

/**
 * The markup of the map picker of a centre's position, which the maps' script
 * (./centreMap.browser.js, `attachPicker`) brings to life: hidden until then, so a reader
 * without JavaScript sees only the latitude and longitude fields, which stay the form's inputs.
 */
export function PositionPicker({
  latitudeId,
  longitudeId,
  tileUrl,
  attribution,
  label,
  instructions,
  placeHere,
  attach,
  ref,
}: Props) {
  return (
    <div
      ref={ref}
      className="position-picker"
      hidden
      data-position-picker={attach}
      data-latitude-id={latitudeId}
      data-longitude-id={longitudeId}
      data-tile-url={tileUrl ?? undefined}
      data-attribution={attribution}
    >
      <p className="hint" id="position-picker-hint">
        {instructions}
      </p>
      <div
        className="position-picker__map"
        role="region"
        aria-label={label}
        aria-describedby="position-picker-hint"
      />
      <button type="button" className="button--secondary">
        {placeHere}
      </button>
    </div>
  )
}

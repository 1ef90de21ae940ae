'use client'

import { useField, useTranslation } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { CENTRE_MAP_SCRIPT } from '@/components/registry/centreMapScript'
import { PositionPicker } from '@/components/registry/PositionPicker'

type Texts = { label: string; instructions: string; placeHere: string }

type Props = {
  tileUrl: string | null
  attribution: string
  /** the picker's texts per admin language */
  texts: Record<string, Texts>
}

type CentreMaps = { attachPicker: (picker: HTMLElement) => () => void }

let mapScript: Promise<CentreMaps> | undefined
/** the public site's map script, once per admin session (it registers `window.centreMaps`) */
const loadMapScript = () =>
  (mapScript ??= new Promise<CentreMaps>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = CENTRE_MAP_SCRIPT
    script.async = true
    script.onload = () => resolve((window as unknown as { centreMaps: CentreMaps }).centreMaps)
    script.onerror = () => {
      mapScript = undefined
      reject(new Error(`${CENTRE_MAP_SCRIPT} did not load`))
    }
    document.head.append(script)
  }))

/**
 * The registration form's map picker in the admin, under a centre's latitude and longitude: a
 * click, a dragged pin or the keyboard (move the map under the cross, press the button) sets both
 * fields, which stay the record of truth and can still be typed. The picker is the public
 * form's own (one script, src/components/registry/centreMap.browser.js); its picked points go
 * into Payload's form state rather than into the inputs.
 */
export function CentrePositionField({ tileUrl, attribution, texts }: Props) {
  const { i18n } = useTranslation()
  const { setValue: setLatitude } = useField<number>({ path: 'latitude' })
  const { setValue: setLongitude } = useField<number>({ path: 'longitude' })
  const picker = useRef<HTMLDivElement>(null)
  // the latest setters, without drawing the map again when the form renders
  const take = useRef({ setLatitude, setLongitude })
  useEffect(() => {
    take.current = { setLatitude, setLongitude }
  }, [setLatitude, setLongitude])

  useEffect(() => {
    const element = picker.current
    if (!element) return
    let detach: (() => void) | undefined
    let gone = false
    const onPick = (event: Event) => {
      const { latitude, longitude } = (
        event as CustomEvent<{ latitude: number; longitude: number }>
      ).detail
      event.preventDefault()
      take.current.setLatitude(latitude)
      take.current.setLongitude(longitude)
    }
    element.addEventListener('position-pick', onPick)
    loadMapScript()
      .then((maps) => {
        if (!gone) detach = maps.attachPicker(element)
      })
      .catch(() => {}) // the two fields remain, and can be typed
    return () => {
      gone = true
      element.removeEventListener('position-pick', onPick)
      detach?.()
    }
  }, [])

  const text = texts[i18n.language] ?? texts.sk
  return (
    <div className="field-type centre-position">
      <PositionPicker
        ref={picker}
        attach="admin"
        latitudeId="field-latitude"
        longitudeId="field-longitude"
        tileUrl={tileUrl}
        attribution={attribution}
        label={text.label}
        instructions={text.instructions}
        placeHere={text.placeHere}
      />
    </div>
  )
}

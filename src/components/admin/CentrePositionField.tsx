'use client'

import { useField, useTranslation } from '@payloadcms/ui'

import { PositionPicker } from '@/components/registry/PositionPicker'

type Texts = { label: string; instructions: string; placeHere: string }

type Props = {
  tileUrl: string | null
  attribution: string
  /** the picker's texts per admin language */
  texts: Record<string, Texts>
}

/**
 * The registration form's map picker in the admin, under a centre's latitude and longitude: a
 * click, a dragged pin or the keyboard (move the map under the cross, press the button) sets both
 * fields, which stay the record of truth and can still be typed.
 */
export function CentrePositionField({ tileUrl, attribution, texts }: Props) {
  const { i18n } = useTranslation()
  const latitude = useField<number>({ path: 'latitude' })
  const longitude = useField<number>({ path: 'longitude' })
  const text = texts[i18n.language] ?? texts.sk
  return (
    <div className="field-type centre-position">
      <PositionPicker
        latitudeId="field-latitude"
        longitudeId="field-longitude"
        tileUrl={tileUrl}
        attribution={attribution}
        label={text.label}
        instructions={text.instructions}
        placeHere={text.placeHere}
        onPick={(lat, lng) => {
          latitude.setValue(lat)
          longitude.setValue(lng)
        }}
      />
    </div>
  )
}

import type { Media } from '@/payload-types'

/** A record's photos under their own heading, each at its stored card size, loaded when near. */
export function Photos({ heading, photos }: { heading: string; photos: Media[] }) {
  if (photos.length === 0) return null
  return (
    <section aria-labelledby="photos-heading">
      <h2 id="photos-heading">{heading}</h2>
      <ul className="cards photos">
        {photos.map((photo) => (
          <li key={photo.id}>
            {/* eslint-disable-next-line @next/next/no-img-element -- stored sizes, served by Payload */}
            <img
              src={photo.sizes?.card?.url ?? photo.url ?? ''}
              alt={photo.alt}
              loading="lazy"
              width={400}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The words of the notice, from `locales/<lang>/errors.json` (unavailable.*). */
export type UnavailableText = {
  title: string
  body: string
  retry: string
  home: string
  reference: string
}

/**
 * In place of a page while the database does not answer: rendered by the [locale] layout
 * (server, works without JavaScript) and by error.tsx (client, when a read fails later).
 */
export function ServiceUnavailable({
  text,
  homeHref,
  reference,
}: {
  text: UnavailableText
  homeHref: string
  reference?: string
}) {
  return (
    <section className="stack" aria-labelledby="unavailable-heading">
      <h1 id="unavailable-heading">{text.title}</h1>
      <p>{text.body}</p>
      <p className="actions">
        {/* a plain link: a new request to the server, with or without JavaScript */}
        <a className="button" href="">
          {text.retry}
        </a>{' '}
        <a href={homeHref}>{text.home}</a>
      </p>
      {reference ? (
        <p className="muted">
          {text.reference}: <code>{reference}</code>
        </p>
      ) : null}
    </section>
  )
}

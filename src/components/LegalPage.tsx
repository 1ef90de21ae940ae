import type { Metadata } from 'next'

import { ACCESSIBILITY_STATEMENT_REVIEWED, operatorDetails } from '@/config/operator'
import { retentionDays } from '@/events/retention'
import type { Locale } from '@/i18n/locales'
import { formatDate, getT } from '@/i18n/server'
import { pageMetadata } from '@/utilities/metadata'

export type LegalKind = 'privacy' | 'accessibility' | 'contact'
type Section = { heading: string; paragraphs: string[] }

const values = (locale: Locale) => {
  const operator = operatorDetails()
  return {
    operator: operator.name,
    email: operator.email,
    days: retentionDays(),
    date: formatDate(locale, `${ACCESSIBILITY_STATEMENT_REVIEWED}T12:00:00Z`),
  }
}

export function legalMetadata(locale: Locale, kind: LegalKind): Metadata {
  const t = getT(locale, 'legal')
  return pageMetadata(locale, `/${kind}`, {
    title: t(`${kind}.title`),
    description: t(`${kind}.intro`, values(locale)),
  })
}

/** The privacy notice, accessibility statement and contact page: texts from locales/<lang>/legal.json. */
export function LegalPage({ locale, kind }: { locale: Locale; kind: LegalKind }) {
  const t = getT(locale, 'legal')
  const v = values(locale)
  const sections = t(`${kind}.sections`, { returnObjects: true, ...v }) as unknown as Section[]
  const email = v.email
  // the contact address becomes a link wherever a text names it
  const withLinks = (text: string) =>
    text.split(email).flatMap((part, index) =>
      index === 0
        ? [part]
        : [
            <a key={index} href={`mailto:${email}`}>
              {email}
            </a>,
            part,
          ],
    )
  return (
    <article className="stack prose">
      <h1>{t(`${kind}.title`)}</h1>
      <p className="lead">{withLinks(t(`${kind}.intro`, v))}</p>
      {sections.map((section, index) => (
        <section key={index} aria-labelledby={`${kind}-${index}`}>
          <h2 id={`${kind}-${index}`}>{section.heading}</h2>
          {section.paragraphs.map((paragraph, p) => (
            <p key={p}>{withLinks(paragraph)}</p>
          ))}
        </section>
      ))}
    </article>
  )
}

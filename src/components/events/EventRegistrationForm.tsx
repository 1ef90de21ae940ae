'use client'

import { useActionState } from 'react'

import type { EventFormState } from '@/app/(frontend)/[locale]/events/[slug]/actions'
import { ErrorSummary } from '@/components/ErrorSummary'
import { fieldErrors } from '@/components/forms/fieldErrors'
import type { Locale } from '@/i18n/locales'

type Question = {
  key: string
  kind: 'text' | 'choice'
  required: boolean
  label: string
  options: string[]
}

type Messages = {
  heading: string
  intro: string
  name: string
  email: string
  organisation: string
  consent: string
  privacyNotice: string
  submit: string
  required: string
  chooseOne: string
  errorSummary: string
  success: Record<'confirmed' | 'waitlisted' | 'pending', string>
  errors: Record<string, string>
}

type Props = {
  locale: Locale
  action: (state: EventFormState, form: FormData) => Promise<EventFormState>
  messages: Messages
  questions: Question[]
}

/**
 * Registration without an account. Validated on the server (the same service as the HTTP
 * endpoint); errors come back next to their fields in the page's language; works without JS.
 * Each answer from the server redraws the form (its key is the answer's round) with the
 * values sent: React resets a form after its action and would drop the selects and the consent.
 */
export function EventRegistrationForm({ locale, action, messages: m, questions }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as EventFormState)

  if (state.status === 'success') {
    return (
      <section role="status" className="notice" aria-labelledby="registration-done">
        <h2 id="registration-done">{m.heading}</h2>
        <p>{m.success[state.outcome].replace('{{position}}', String(state.position ?? ''))}</p>
      </section>
    )
  }
  const errors = state.status === 'error' ? state.errors : {}
  const values = state.status === 'error' ? state.values : {}
  const fieldId = (field: string) => `event-${field.replace('.', '-')}`
  const { text, invalid, describedBy, errorText } = fieldErrors(errors, m.errors)
  const labels: Record<string, string> = {
    name: m.name,
    email: m.email,
    organisation: m.organisation,
    ...Object.fromEntries(questions.map((question) => [`answers.${question.key}`, question.label])),
  }
  const requiredMark = (
    <>
      {' '}
      <span className="muted">({m.required})</span>
    </>
  )

  return (
    <section aria-labelledby="register-heading" className="stack">
      <h2 id="register-heading">{m.heading}</h2>
      <p>{m.intro}</p>
      <form
        key={state.status === 'error' ? state.round : 0}
        action={formAction}
        className="register-form"
        noValidate
      >
        {state.status === 'error' ? (
          <ErrorSummary
            level={3}
            title={m.errorSummary}
            items={Object.entries(errors).map(([field, code]) => {
              const message = field === 'form' && state.message ? state.message : text(code)
              if (field === 'form') return { text: message }
              if (field === 'answers') return { href: '#event-name', text: message }
              return {
                href: `#${fieldId(field)}`,
                text: labels[field] ? `${labels[field]}: ${message}` : message,
              }
            })}
          />
        ) : null}
        <div className="field">
          <label htmlFor="event-name">
            {m.name}
            {requiredMark}
          </label>
          <input
            id="event-name"
            name="name"
            autoComplete="name"
            required
            maxLength={120}
            defaultValue={values.name}
            aria-invalid={invalid('name')}
            aria-describedby={describedBy('name')}
          />
          {errorText('name')}
        </div>
        <div className="field">
          <label htmlFor="event-email">
            {m.email}
            {requiredMark}
          </label>
          <input
            id="event-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={values.email}
            aria-invalid={invalid('email')}
            aria-describedby={describedBy('email')}
          />
          {errorText('email')}
        </div>
        <div className="field">
          <label htmlFor="event-organisation">{m.organisation}</label>
          <input
            id="event-organisation"
            name="organisation"
            autoComplete="organization"
            maxLength={200}
            defaultValue={values.organisation}
            aria-invalid={invalid('organisation')}
            aria-describedby={describedBy('organisation')}
          />
          {errorText('organisation')}
        </div>
        {questions.map((question) => {
          const name = `answers.${question.key}`
          const id = `event-answers-${question.key}`
          return (
            <div className="field" key={question.key}>
              <label htmlFor={id}>
                {question.label}
                {question.required ? requiredMark : null}
              </label>
              {question.kind === 'choice' ? (
                <select
                  id={id}
                  name={name}
                  required={question.required}
                  defaultValue={values[name] ?? ''}
                  aria-invalid={invalid(name)}
                  aria-describedby={describedBy(name)}
                >
                  <option value="">{m.chooseOne}</option>
                  {question.options.map((option, index) => (
                    <option key={index} value={String(index)}>
                      {option}
                    </option>
                  ))}
                </select>
              ) : (
                <textarea
                  id={id}
                  name={name}
                  rows={3}
                  maxLength={1000}
                  required={question.required}
                  defaultValue={values[name]}
                  aria-invalid={invalid(name)}
                  aria-describedby={describedBy(name)}
                />
              )}
              {errorText(name)}
            </div>
          )
        })}
        <div className="field field--checkbox">
          <input
            id="event-consent"
            name="consent"
            type="checkbox"
            required
            defaultChecked={values.consent === 'on'}
            aria-invalid={invalid('consent')}
            aria-describedby={describedBy('consent')}
          />
          <label htmlFor="event-consent">
            {m.consent}{' '}
            <a href={`/${locale}/privacy`} target="_blank" rel="noopener">
              {m.privacyNotice}
            </a>
            {requiredMark}
          </label>
          {errorText('consent')}
        </div>
        <button type="submit" disabled={pending}>
          {m.submit}
        </button>
      </form>
    </section>
  )
}

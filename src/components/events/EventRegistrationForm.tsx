'use client'

import { useActionState } from 'react'

import type { EventFormState } from '@/app/(frontend)/[locale]/events/[slug]/actions'

type Question = { key: string; kind: 'text' | 'choice'; required: boolean; label: string; options: string[] }

type Messages = {
  heading: string
  intro: string
  name: string
  email: string
  organisation: string
  consent: string
  submit: string
  required: string
  chooseOne: string
  errorSummary: string
  success: Record<'confirmed' | 'waitlisted' | 'pending', string>
  errors: Record<string, string>
}

type Props = {
  action: (state: EventFormState, form: FormData) => Promise<EventFormState>
  messages: Messages
  questions: Question[]
}

/**
 * Registration without an account. Validated on the server (the same service as the HTTP
 * endpoint); errors come back next to their fields in the page's language; works without JS.
 */
export function EventRegistrationForm({ action, messages: m, questions }: Props) {
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
  const fieldErrors = Object.entries(errors).filter(([field]) => field !== 'form')
  const describedBy = (name: string) => (errors[name] ? `${name.replace('.', '-')}-error` : undefined)
  const errorText = (name: string) =>
    errors[name] ? (
      <p id={`${name.replace('.', '-')}-error`} className="field-error">
        {m.errors[errors[name]] ?? m.errors.unexpected}
      </p>
    ) : null
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
      {errors.form ? (
        <p role="alert" className="field-error">
          {m.errors[errors.form] ?? m.errors.unexpected}
        </p>
      ) : null}
      {fieldErrors.length > 0 ? (
        <div role="alert" className="error-summary">
          <p>{m.errorSummary}</p>
          <ul>
            {fieldErrors.map(([field, code]) => (
              <li key={field}>
                <a href={`#${field === 'answers' ? 'event-name' : `event-${field.replace('.', '-')}`}`}>{m.errors[code] ?? m.errors.unexpected}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form action={formAction} className="register-form" noValidate>
        <div className="field">
          <label htmlFor="event-name">
            {m.name}
            {requiredMark}
          </label>
          <input id="event-name" name="name" autoComplete="name" required maxLength={120} defaultValue={values.name} aria-invalid={Boolean(errors.name) || undefined} aria-describedby={describedBy('name')} />
          {errorText('name')}
        </div>
        <div className="field">
          <label htmlFor="event-email">
            {m.email}
            {requiredMark}
          </label>
          <input id="event-email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={values.email} aria-invalid={Boolean(errors.email) || undefined} aria-describedby={describedBy('email')} />
          {errorText('email')}
        </div>
        <div className="field">
          <label htmlFor="event-organisation">{m.organisation}</label>
          <input id="event-organisation" name="organisation" autoComplete="organization" maxLength={200} defaultValue={values.organisation} aria-invalid={Boolean(errors.organisation) || undefined} aria-describedby={describedBy('organisation')} />
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
                <select id={id} name={name} required={question.required} defaultValue={values[name] ?? ''} aria-invalid={Boolean(errors[name]) || undefined} aria-describedby={describedBy(name)}>
                  <option value="">{m.chooseOne}</option>
                  {question.options.map((option, index) => (
                    <option key={index} value={String(index)}>
                      {option}
                    </option>
                  ))}
                </select>
              ) : (
                <textarea id={id} name={name} rows={3} maxLength={1000} required={question.required} defaultValue={values[name]} aria-invalid={Boolean(errors[name]) || undefined} aria-describedby={describedBy(name)} />
              )}
              {errorText(name)}
            </div>
          )
        })}
        <div className="field field--checkbox">
          <input id="event-consent" name="consent" type="checkbox" required aria-invalid={Boolean(errors.consent) || undefined} aria-describedby={describedBy('consent')} />
          <label htmlFor="event-consent">{m.consent}</label>
          {errorText('consent')}
        </div>
        <button type="submit" disabled={pending}>
          {m.submit}
        </button>
      </form>
    </section>
  )
}

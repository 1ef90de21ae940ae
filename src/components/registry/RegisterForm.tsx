'use client'

import { useActionState } from 'react'

import { ErrorSummary } from '@/components/ErrorSummary'
import { fieldErrors } from '@/components/forms/fieldErrors'
import type { Locale } from '@/i18n/locales'
import type { RegistrationState } from '@/registry/registration'

import { PositionPicker } from './PositionPicker'

type Messages = {
  required: string
  choose: string
  submit: string
  honeypot: string
  errorSummary: string
  privacyNotice: string
  account: Record<string, string>
  organisation: Record<string, string>
  centre: Record<string, string>
  success: { title: string; body: string }
  errors: Record<string, string>
}

type Option = { value: string; label: string; lang?: string }

type Props = {
  locale: Locale
  action: (state: RegistrationState, form: FormData) => Promise<RegistrationState>
  messages: Messages
  kinds: Option[]
  countries: Option[]
  regions: { country: string; label: string; options: Option[] }[]
  services: { country: string; label: string; options: Option[] }[]
  organisations: Option[]
  /** the map picker's tiles (none: the pin on a plain background) */
  map: { tileUrl: string | null; attribution: string }
}

/**
 * The public registration form. Server-validated: every error comes back from the server
 * action, in the page's language, next to its field; the form works without JavaScript.
 * Each answer from the server redraws the form (its key is the answer's round) with the
 * values sent, because React resets a form after its action and would otherwise drop
 * selects, radios and checkboxes.
 */
export function RegisterForm({
  locale,
  action,
  messages: m,
  kinds,
  countries,
  regions,
  services,
  organisations,
  map,
}: Props) {
  const [state, formAction, pending] = useActionState(action, {
    status: 'idle',
  } as RegistrationState)

  if (state.status === 'success') {
    return (
      <section role="status" className="notice" aria-labelledby="success-heading">
        <h2 id="success-heading">{m.success.title}</h2>
        <p>{m.success.body}</p>
      </section>
    )
  }

  const errors = state.status === 'error' ? state.errors : {}
  const values = state.status === 'error' ? state.values : {}
  const value = (name: string) => {
    const v = values[name]
    return typeof v === 'string' ? v : undefined
  }
  const { text, invalid, describedBy, errorText } = fieldErrors(errors, m.errors)
  const requiredMark = (required: boolean) =>
    required ? <span className="required">({m.required})</span> : null

  const field = (
    name: string,
    label: string,
    {
      required = false,
      type = 'text',
      hint,
      autoComplete,
      maxLength,
      inputMode,
    }: {
      required?: boolean
      type?: string
      hint?: string
      autoComplete?: string
      maxLength?: number
      inputMode?: 'decimal'
    } = {},
  ) => (
    <div className="field">
      <label htmlFor={name}>
        {label} {requiredMark(required)}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        type={type}
        required={required}
        defaultValue={type === 'password' ? undefined : value(name)}
        aria-invalid={invalid(name)}
        aria-describedby={describedBy(name, hint ? `${name}-hint` : undefined)}
        autoComplete={autoComplete}
        maxLength={maxLength}
        inputMode={inputMode}
      />
      {errorText(name)}
    </div>
  )

  const select = (
    name: string,
    label: string,
    groups: { label?: string; options: Option[] }[],
    required = true,
  ) => (
    <div className="field">
      <label htmlFor={name}>
        {label} {requiredMark(required)}
      </label>
      <select
        id={name}
        name={name}
        required={required}
        defaultValue={value(name) ?? ''}
        aria-invalid={invalid(name)}
        aria-describedby={describedBy(name)}
      >
        <option value="">{m.choose}</option>
        {groups.map((group, index) =>
          group.label ? (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((o) => (
                <option key={o.value} value={o.value} lang={o.lang}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : (
            group.options.map((o) => (
              <option key={`${index}-${o.value}`} value={o.value} lang={o.lang}>
                {o.label}
              </option>
            ))
          ),
        )}
      </select>
      {errorText(name)}
    </div>
  )

  const selectedServices = Array.isArray(values.services) ? values.services : []
  const mode = value('organisationMode') ?? 'new'
  // the summary names each field, so "Please fill in this field" five times means something
  const labels: Record<string, string> = {
    ...m.account,
    consent: m.errors.consent,
    organisationMode: m.organisation.mode,
    existingOrganisation: m.organisation.existingLabel,
    organisationName: m.organisation.name,
    organisationKind: m.organisation.kind,
    country: m.organisation.country,
    registrationNumber: m.organisation.registrationNumber,
    organisationMunicipality: m.organisation.municipality,
    website: m.organisation.website,
    organisationEmail: m.organisation.email,
    phone: m.organisation.phone,
    centreName: m.centre.name,
    centreSummary: m.centre.summary,
    centreStreet: m.centre.street,
    centrePostcode: m.centre.postcode,
    centreMunicipality: m.centre.municipality,
    region: m.centre.region,
    services: m.centre.services,
    latitude: m.centre.latitude,
    longitude: m.centre.longitude,
  }
  const anchor = (name: string) =>
    name === 'organisationMode' ? 'mode-new' : name === 'services' ? 'services-legend' : name
  const summary =
    state.status === 'error' ? (
      <ErrorSummary
        title={m.errorSummary}
        items={Object.entries(errors).map(([name, code]) => {
          const message = name === 'form' && state.message ? state.message : text(code)
          if (name === 'form') return { text: message }
          return {
            href: `#${anchor(name)}`,
            text: name === 'consent' ? message : `${labels[name] ?? name}: ${message}`,
          }
        })}
      />
    ) : null
  const [consentBefore, consentAfter = ''] = m.account.consent.split('{{link}}')

  return (
    <form
      key={state.status === 'error' ? state.round : 0}
      action={formAction}
      className="register-form stack"
      noValidate
      lang={locale}
    >
      {summary}

      <fieldset>
        <legend>{m.account.legend}</legend>
        {field('name', m.account.name, { required: true, autoComplete: 'name', maxLength: 120 })}
        {field('email', m.account.email, { required: true, type: 'email', autoComplete: 'email' })}
        {field('password', m.account.password, {
          required: true,
          type: 'password',
          hint: m.account.passwordHint,
          autoComplete: 'new-password',
        })}
        <div className="field field--checkbox">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            required
            defaultChecked={value('consent') === 'on'}
            aria-invalid={invalid('consent')}
            aria-describedby={describedBy('consent')}
          />
          <label htmlFor="consent">
            {consentBefore}
            <a href={`/${locale}/privacy`} target="_blank" rel="noopener">
              {m.privacyNotice}
            </a>
            {consentAfter} {requiredMark(true)}
          </label>
          {errorText('consent')}
        </div>
      </fieldset>

      <fieldset>
        <legend>{m.organisation.legend}</legend>
        <fieldset className="choice" aria-describedby={describedBy('organisationMode')}>
          <legend>
            {m.organisation.mode} {requiredMark(true)}
          </legend>
          <div className="field--checkbox">
            <input
              type="radio"
              id="mode-new"
              name="organisationMode"
              value="new"
              required
              defaultChecked={mode === 'new'}
            />
            <label htmlFor="mode-new">{m.organisation.new}</label>
          </div>
          <div className="field--checkbox">
            <input
              type="radio"
              id="mode-existing"
              name="organisationMode"
              value="existing"
              defaultChecked={mode === 'existing'}
            />
            <label htmlFor="mode-existing">{m.organisation.existing}</label>
          </div>
          {errorText('organisationMode')}
        </fieldset>
        {/* which part shows follows the radio above in CSS (:has), so it needs no JavaScript */}
        <div className="organisation-existing">
          {select('existingOrganisation', m.organisation.existingLabel, [
            { options: organisations },
          ])}
          <p className="hint">{m.organisation.existingHint}</p>
        </div>
        <div className="organisation-new">
          {field('organisationName', m.organisation.name, { required: true, maxLength: 200 })}
          {select('organisationKind', m.organisation.kind, [{ options: kinds }])}
          {select('country', m.organisation.country, [{ options: countries }])}
          {field('registrationNumber', m.organisation.registrationNumber, {
            hint: m.organisation.registrationNumberHint,
            maxLength: 20,
          })}
          {field('organisationMunicipality', m.organisation.municipality, { maxLength: 120 })}
          {field('website', m.organisation.website, { type: 'url', autoComplete: 'url' })}
          {field('organisationEmail', m.organisation.email, { type: 'email' })}
          {field('phone', m.organisation.phone, {
            type: 'tel',
            autoComplete: 'tel',
            maxLength: 60,
          })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{m.centre.legend}</legend>
        {field('centreName', m.centre.name, { required: true, maxLength: 200 })}
        <div className="field">
          <label htmlFor="centreSummary">{m.centre.summary}</label>
          <textarea
            id="centreSummary"
            name="centreSummary"
            rows={3}
            maxLength={600}
            defaultValue={value('centreSummary')}
            aria-invalid={invalid('centreSummary')}
            aria-describedby={describedBy('centreSummary')}
          />
          {errorText('centreSummary')}
        </div>
        {field('centreStreet', m.centre.street, { autoComplete: 'address-line1', maxLength: 200 })}
        {field('centrePostcode', m.centre.postcode, { autoComplete: 'postal-code', maxLength: 12 })}
        {field('centreMunicipality', m.centre.municipality, {
          required: true,
          autoComplete: 'address-level2',
          maxLength: 120,
        })}
        {select('region', m.centre.region, regions)}
        <fieldset className="checkbox-group">
          <legend id="services-legend" tabIndex={-1}>
            {m.centre.services}
          </legend>
          {services.map((group) => (
            <div key={group.country}>
              <p className="hint">{group.label}</p>
              {group.options.map((o) => (
                <div key={o.value} className="field--checkbox">
                  <input
                    type="checkbox"
                    id={`service-${o.value}`}
                    name="services"
                    value={o.value}
                    defaultChecked={selectedServices.includes(o.value)}
                  />
                  <label htmlFor={`service-${o.value}`}>{o.label}</label>
                </div>
              ))}
            </div>
          ))}
          {errorText('services')}
        </fieldset>
        {field('latitude', m.centre.latitude, {
          hint: m.centre.coordinatesHint,
          inputMode: 'decimal',
        })}
        {field('longitude', m.centre.longitude, { inputMode: 'decimal' })}
        <PositionPicker
          attach="page"
          latitudeId="latitude"
          longitudeId="longitude"
          tileUrl={map.tileUrl}
          attribution={map.attribution}
          label={m.centre.pickerLabel}
          instructions={m.centre.pickerInstructions}
          placeHere={m.centre.pickerPlace}
        />
      </fieldset>

      {/* invisible to people, tempting to bots: anything typed here discards the submission */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="homepage">{m.honeypot}</label>
        <input id="homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <button type="submit" disabled={pending}>
        {m.submit}
      </button>
    </form>
  )
}

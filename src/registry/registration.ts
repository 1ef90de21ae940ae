import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { z } from 'zod'

import { phonePattern } from '@/fields/publicContacts'
import { municipalityPosition } from '@/registry/municipalityPositions'

import { existingAccountEmail, verificationEmail } from '@/email/templates'
import {
  normaliseRegistrationNumber,
  validateRegistrationNumber,
} from '@/fields/registrationNumber'
import type { Country } from '@/fields/country'
import type { Locale } from '@/i18n/locales'
import type { Organisation } from '@/payload-types'

import { slugify } from '@/utilities/slugify'
import { emailAddress, optionalText, requiredText } from '@/utilities/validation'

import { idFrom } from '@/utilities/ids'
import { countries } from '@/fields/country'
import { organisationKinds } from '@/registry/organisationKinds'
import { centrePositionProblem, type PositionProblem } from './position'
import { FormAllowance } from '@/security/rateLimit'

/** Error codes, translated on the page from locales/<lang>/register.json (`errors.<code>`). */
export type ErrorCode =
  | 'required'
  | 'email'
  | 'password'
  | 'consent'
  | 'html'
  | 'tooLong'
  | 'registrationNumber'
  | 'duplicateRegistration'
  | 'website'
  | 'phone'
  | 'latitude'
  | 'longitude'
  | PositionProblem
  | 'choice'
  | 'rateLimited'
  | 'unexpected'

export type RegistrationState =
  | { status: 'idle' }
  | { status: 'success' }
  | {
      status: 'error'
      errors: Record<string, ErrorCode>
      values: Record<string, string | string[]>
      /** with `rateLimited`: whole minutes until the next attempt may go */
      retryAfterMinutes?: number
      /** the form-wide message in the reader's language, when it needs more than its code */
      message?: string
      /** counts the answers, so the form is drawn afresh with what came back each time */
      round?: number
    }

const text = requiredText
const optionalNumber = (min: number, max: number, error: ErrorCode) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? Number(value.replace(',', '.')) : undefined))
    .refine(
      (value) => value === undefined || (Number.isFinite(value) && value >= min && value <= max),
      {
        error,
      },
    )

const base = z.object({
  name: text(120),
  email: emailAddress(),
  password: z
    .string({ error: 'password' })
    .min(10, { error: 'password' })
    .max(200, { error: 'tooLong' }),
  consent: z.literal('on', { error: 'consent' }),
  centreName: text(200),
  centreSummary: optionalText(600),
  centreStreet: optionalText(200),
  centrePostcode: optionalText(12),
  centreMunicipality: text(120),
  region: z.string({ error: 'required' }).regex(/^[A-Z]{2}\d{3}$/, { error: 'choice' }),
  services: z
    .array(z.string().regex(/^[a-z0-9-]{1,64}$/))
    .max(30)
    .default([]),
  latitude: optionalNumber(-90, 90, 'latitude'),
  longitude: optionalNumber(-180, 180, 'longitude'),
})

const organisationMode = z.enum(['new', 'existing'], { error: 'choice' })

const newOrganisation = z.object({
  organisationName: text(200),
  organisationKind: z.enum(organisationKinds, { error: 'choice' }),
  country: z.enum(countries, { error: 'choice' }),
  registrationNumber: optionalText(20),
  organisationMunicipality: optionalText(120),
  website: optionalText(300).refine(
    (v) => v === undefined || /^https?:\/\/[^\s.]+\.[^\s]+$/.test(v),
    {
      error: 'website',
    },
  ),
  organisationEmail: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.email({ error: 'email' }).optional()),
  phone: optionalText(60).refine((v) => v === undefined || phonePattern.test(v), {
    error: 'phone',
  }),
})

const existingOrganisation = z.object({
  existingOrganisation: z.string({ error: 'required' }).regex(/^[\w-]{1,64}$/, { error: 'choice' }),
})

type Values = Record<string, string | string[]>

export function formValues(form: FormData): Values {
  const values: Values = {}
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$')) continue // React's action bookkeeping fields
    const all = form.getAll(key).filter((value): value is string => typeof value === 'string')
    values[key] = key === 'services' ? all : (all[0] ?? '')
  }
  return values
}

/**
 * Per IP and hour: a handful of registrations is plenty for a person and little for a bot;
 * refused submissions (a typo, a missing field) have their own, larger allowance, so
 * correcting a form never uses up the registrations while a script sending junk is stopped.
 */
export const registrationLimiter = new FormAllowance(5, 30, undefined, 'registration')

const HONEYPOT = 'homepage'

/** A slug from the name that no record uses yet: "klub", then "klub-2", "klub-3", … */
async function uniqueSlug(payload: Payload, collection: 'centres' | 'organisations', name: string) {
  const base = slugify(name) ?? collection.slice(0, -1)
  for (let n = 1; n < 50; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await payload.count({
      collection,
      where: { slug: { equals: candidate } },
    })
    if (totalDocs === 0) return candidate
  }
  return `${base}-${Date.now().toString(36)}`
}

/**
 * The cost of hashing a new account's password, spent when no account is created, so that a
 * registration with a known address takes about as long as one with a new address. Payload's
 * own parameters (payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
 */
async function hashAsPayloadWould(password: string) {
  await promisify(pbkdf2)(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}

/** What the form shows again after an error: everything but the password. */
function echo(values: Values): Values {
  const { password: _password, ...rest } = values
  return rest
}

/**
 * Registers a representative, a new (or claimed existing) organisation and its first centre,
 * all pending, in one transaction; then sends the verification e-mail in the applicant's
 * language. The public has no create access to these collections, so this server-side path
 * writes with overrideAccess after validating every field itself and forcing the status.
 * An address that already has an account gets the same answer as a new one, so the form tells
 * nobody which addresses are registered; its owner is told by e-mail instead.
 */
export async function registerApplicant(
  payload: Payload,
  values: Values,
  { locale, ip }: { locale: Locale; ip: string },
): Promise<RegistrationState> {
  const attempt = await registrationLimiter.start(ip)
  if (attempt.wait > 0) {
    return {
      status: 'error',
      errors: { form: 'rateLimited' },
      values: echo(values),
      retryAfterMinutes: attempt.wait,
    }
  }
  if (typeof values[HONEYPOT] === 'string' && values[HONEYPOT] !== '') {
    // a bot filled the invisible field: answer as if it worked, store nothing (it counts)
    return { status: 'success' }
  }
  const refuse = async (errors: Record<string, ErrorCode>): Promise<RegistrationState> => {
    await attempt.refused()
    return { status: 'error', errors, values: echo(values) }
  }

  // every part is checked, so all errors come back in one answer, not one group per submit
  const errors: Record<string, ErrorCode> = {}
  const collect = (issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) {
      const field = String(issue.path[0] ?? 'form')
      if (errors[field]) continue
      const given = values[field]
      const code = (issue.message as ErrorCode) || 'required'
      // nothing chosen is "required", not "choose one of the options"
      errors[field] = code === 'choice' && (given === undefined || given === '') ? 'required' : code
    }
  }
  const common = base.safeParse({ ...values, services: values.services ?? [] })
  if (!common.success) collect(common.error.issues)
  const mode = organisationMode.safeParse(values.organisationMode)
  if (!mode.success)
    collect(mode.error.issues.map((issue) => ({ ...issue, path: ['organisationMode'] })))
  const chosen =
    mode.data === 'new'
      ? newOrganisation.safeParse(values)
      : mode.data === 'existing'
        ? existingOrganisation.safeParse(values)
        : undefined
  if (chosen && !chosen.success) collect(chosen.error.issues)

  // what needs the database or another field, for each field that passed its own check
  const raw = (field: string) =>
    typeof values[field] === 'string' ? (values[field] as string).trim() : ''
  if (
    mode.data === 'new' &&
    raw('registrationNumber') &&
    !errors.registrationNumber &&
    !errors.country
  ) {
    if (validateRegistrationNumber(raw('country') as Country, raw('registrationNumber')) !== true) {
      errors.registrationNumber = 'registrationNumber'
    } else {
      const duplicate = await payload.count({
        collection: 'organisations',
        where: {
          registrationNumber: { equals: normaliseRegistrationNumber(raw('registrationNumber')) },
        },
      })
      if (duplicate.totalDocs > 0) errors.registrationNumber = 'duplicateRegistration'
    }
  }
  const region = errors.region
    ? undefined
    : (
        await payload.find({
          collection: 'regions',
          where: { code: { equals: raw('region') } },
          limit: 1,
          pagination: false,
          depth: 0,
          select: { country: true },
        })
      ).docs[0]
  if (!region && !errors.region) errors.region = 'choice'
  if (region && !errors.latitude && !errors.longitude) {
    // both passed their own check: numbers in range, or empty
    const coordinate = (field: string) =>
      raw(field) ? Number(raw(field).replace(',', '.')) : undefined
    const problem = await centrePositionProblem(
      payload,
      { id: region.id },
      coordinate('latitude'),
      coordinate('longitude'),
    )
    if (problem) errors.latitude = problem
  }
  let claimed: Organisation | undefined
  if (mode.data === 'existing' && !errors.existingOrganisation) {
    claimed = (
      await payload.find({
        collection: 'organisations',
        where: {
          and: [
            { slug: { equals: raw('existingOrganisation') } },
            { status: { equals: 'published' } },
          ],
        },
        limit: 1,
        pagination: false,
        depth: 0,
      })
    ).docs[0]
    if (!claimed) errors.existingOrganisation = 'choice'
  }
  if (Object.keys(errors).length > 0 || !common.success || !chosen?.success) return refuse(errors)
  const data = { ...common.data, ...chosen.data, organisationMode: mode.data } as z.infer<
    typeof base
  > &
    (
      | ({ organisationMode: 'new' } & z.infer<typeof newOrganisation>)
      | ({ organisationMode: 'existing' } & z.infer<typeof existingOrganisation>)
    )
  const existingUser = (
    await payload.find({
      collection: 'users',
      where: { email: { equals: data.email } },
      limit: 1,
      pagination: false,
      depth: 0,
      select: { name: true, email: true, preferredLanguage: true },
    })
  ).docs[0]

  const services = data.services.length
    ? (
        await payload.find({
          collection: 'service-types',
          where: { code: { in: data.services } },
          pagination: false,
          depth: 0,
          select: {},
        })
      ).docs.map((doc) => doc.id)
    : []

  const organisationSlug =
    data.organisationMode === 'new'
      ? await uniqueSlug(payload, 'organisations', data.organisationName)
      : undefined
  const centreSlug = await uniqueSlug(payload, 'centres', data.centreName)

  if (existingUser) {
    // counted like a new registration: the allowance must not tell which addresses are known
    await hashAsPayloadWould(data.password)
    try {
      const mail = existingAccountEmail(existingUser)
      await payload.sendEmail({ to: existingUser.email, subject: mail.subject, html: mail.html })
      return { status: 'success' }
    } catch (error) {
      payload.logger.error({ err: error, msg: 'registration failed' })
      return refuse({ form: 'unexpected' })
    }
  }

  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req = { transactionID } as never
  try {
    const user = await payload.create({
      collection: 'users',
      data: {
        name: data.name,
        email: data.email,
        password: data.password,
        roles: ['ngo'],
        preferredLanguage: locale,
      },
      disableVerificationEmail: true,
      overrideAccess: true,
      context: { publicRegistration: true },
      req,
    })
    let organisationId: number | string
    if (data.organisationMode === 'new') {
      const organisation = await payload.create({
        collection: 'organisations',
        data: {
          name: data.organisationName,
          slug: organisationSlug!,
          kind: data.organisationKind,
          country: data.country,
          registrationNumber: data.registrationNumber
            ? normaliseRegistrationNumber(data.registrationNumber)
            : undefined,
          address: { municipality: data.organisationMunicipality },
          region: region!.id,
          activeRegions: [region!.id],
          website: data.website,
          email: data.organisationEmail,
          phone: data.phone,
          representatives: [user.id],
          status: 'pending',
        },
        locale,
        overrideAccess: true,
        req,
      })
      organisationId = organisation.id
    } else {
      const pending = (claimed!.pendingRepresentatives ?? []).map((r) => idFrom(r))
      await payload.update({
        collection: 'organisations',
        id: claimed!.id,
        data: { pendingRepresentatives: [...pending, user.id] },
        overrideAccess: true,
        req,
      })
      organisationId = claimed!.id
    }
    // no coordinates typed: the municipality's position from the local table, if it knows it
    const position =
      data.latitude === undefined && data.longitude === undefined
        ? (municipalityPosition(data.centreMunicipality, data.region) ?? {})
        : { latitude: data.latitude, longitude: data.longitude }
    await payload.create({
      collection: 'centres',
      data: {
        organisation: organisationId,
        name: data.centreName,
        slug: centreSlug,
        summary: data.centreSummary,
        address: {
          street: data.centreStreet,
          postcode: data.centrePostcode,
          municipality: data.centreMunicipality,
        },
        region: region!.id,
        services,
        ...position,
        status: 'pending',
      },
      locale,
      overrideAccess: true,
      req,
    })
    if (transactionID) await payload.db.commitTransaction(transactionID)

    const withToken = await payload.findByID({
      collection: 'users',
      id: user.id,
      showHiddenFields: true,
      depth: 0,
    })
    const token = (withToken as { _verificationToken?: string })._verificationToken ?? ''
    const mail = verificationEmail(user, token)
    await payload.sendEmail({ to: user.email, subject: mail.subject, html: mail.html })
    return { status: 'success' }
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    payload.logger.error({ err: error, msg: 'registration failed' })
    return refuse({ form: 'unexpected' })
  }
}

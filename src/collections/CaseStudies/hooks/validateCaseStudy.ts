import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { endsBeforeStart } from '@/fields/period'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'

/** The registration number as issued, e.g. CZ.1.04/3.2.00/B4.00007 (OP LZZ). */
export const PROJECT_NUMBER = /^[A-Z]{2,6}[A-Z0-9.\-/_ ]{3,60}$/

type Funding = { sharePercent?: number | null }[] | null | undefined

/** Cross-field rules: funding shares within 100 %, periods that end after they start. */
export const validateCaseStudy: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  if (!data) return data
  const t = getT(requestLocale(req), 'goodPractice')
  const errors: { path: string; message: string }[] = []
  const funding = (data.funding ?? originalDoc?.funding) as Funding
  const total = (funding ?? []).reduce((sum, row) => sum + (Number(row?.sharePercent) || 0), 0)
  if (total > 100 + 1e-9)
    errors.push({
      path: 'funding',
      message: t('errors.fundingOver', { total: Math.round(total * 100) / 100 }),
    })
  const period = data.period ?? originalDoc?.period
  if (endsBeforeStart(period)) {
    errors.push({ path: 'period.to', message: t('errors.periodOrder') })
  }
  // drafts skip field validation in Payload; these rules hold for drafts too
  for (const [index, indicator] of (
    (data.indicators ?? []) as { value?: unknown; from?: string | null; to?: string | null }[]
  ).entries()) {
    if (typeof indicator?.value === 'number' && indicator.value < 0) {
      errors.push({ path: `indicators.${index}.value`, message: t('errors.negative') })
    }
    if (endsBeforeStart(indicator)) {
      errors.push({ path: `indicators.${index}.to`, message: t('errors.indicatorPeriod') })
    }
  }
  for (const [index, row] of (
    (data.funding ?? []) as { sharePercent?: unknown; amount?: unknown }[]
  ).entries()) {
    for (const key of ['sharePercent', 'amount'] as const) {
      if (typeof row?.[key] === 'number' && (row[key] as number) < 0)
        errors.push({ path: `funding.${index}.${key}`, message: t('errors.negative') })
    }
  }
  if (data.projectNumber && !PROJECT_NUMBER.test(String(data.projectNumber))) {
    errors.push({ path: 'projectNumber', message: t('errors.projectNumber') })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}

/**
 * Drafts skip Payload's required checks, but a case study needs a title and a summary in the
 * language it is written in from its first save.
 */
export const requireTitleInOriginalLanguage: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  if (!data) return data
  const original = data.originalLanguage ?? originalDoc?.originalLanguage ?? req.locale
  if (req.locale && original && req.locale !== original) return data
  const t = getT(requestLocale(req), 'events')
  const errors: { path: string; message: string }[] = []
  for (const field of ['title', 'summary'] as const) {
    const value = field in data ? data[field] : originalDoc?.[field]
    if (typeof value !== 'string' || value.trim() === '')
      errors.push({ path: field, message: t('errors.required') })
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}

import type { TextField } from 'payload'

import type { Country } from './country'
import { labelsFor } from '@/i18n/labels'

/** CZ and SK IČO: 8 digits; the Czech one ends in a mod-11 check digit. */
function czechIcoIsValid(ico: string): boolean {
  if (!/^\d{8}$/.test(ico)) return false
  const sum = [...ico.slice(0, 7)].reduce((acc, digit, i) => acc + Number(digit) * (8 - i), 0)
  return (11 - (sum % 11)) % 10 === Number(ico[7])
}

/** HU adószám 12345678-1-12: the 8-digit base number ends in a check digit (weights 9,7,3,1). */
function hungarianTaxNumberIsValid(value: string): boolean {
  const match = /^(\d{8})-?([1-5])-?(\d{2})$/.exec(value)
  if (!match) return false
  const base = match[1]
  const weights = [9, 7, 3, 1, 9, 7, 3]
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(base[i]), 0)
  return (10 - (sum % 10)) % 10 === Number(base[7])
}

export function normaliseRegistrationNumber(value: string): string {
  return value.replace(/\s+/g, '')
}

/** Returns an error message in English (the admin shows it) or true. */
export function validateRegistrationNumber(
  country: Country | null | undefined,
  raw: string,
): true | string {
  const value = normaliseRegistrationNumber(raw)
  switch (country) {
    case 'CZ':
      return czechIcoIsValid(value) || 'A Czech IČO has 8 digits and a valid check digit.'
    case 'SK':
      return /^\d{8}$/.test(value) || 'A Slovak IČO has 8 digits.'
    case 'HU':
      return (
        hungarianTaxNumberIsValid(value) ||
        'A Hungarian tax number (adószám) looks like 12345678-1-12 with a valid check digit.'
      )
    default:
      return 'Choose the country before the registration number.'
  }
}

export const registrationNumberField = (): TextField => ({
  name: 'registrationNumber',
  type: 'text',
  index: true,
  label: labelsFor('admin', 'fields.registrationNumber'),
  admin: { description: 'CZ/SK IČO: 12345678 · HU adószám: 12345678-1-12' },
  validate: (value: null | string | undefined, { siblingData }: { siblingData: unknown }) => {
    if (!value) return true
    return validateRegistrationNumber((siblingData as { country?: Country }).country, value)
  },
})

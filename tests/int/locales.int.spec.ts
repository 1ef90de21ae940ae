import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { countWithUnit } from '@/goodPractice/units'
import { locales } from '@/i18n/locales'
import { getT } from '@/i18n/server'

const root = path.resolve('locales')
const pluralSuffix = /_(zero|one|two|few|many|other)$/

function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value }
  return Object.entries(value as Record<string, unknown>).reduce(
    (acc, [key, child]) => ({ ...acc, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {} as Record<string, string>,
  )
}

function load(locale: string, file: string) {
  return flatten(JSON.parse(fs.readFileSync(path.join(root, locale, file), 'utf8')))
}

const files = fs.readdirSync(path.join(root, 'sk')).filter((file) => file.endsWith('.json'))

describe('UI strings in locales/', () => {
  it('has the same namespace files for every language', () => {
    for (const locale of locales) {
      expect(fs.readdirSync(path.join(root, locale)).sort(), locale).toEqual([...files].sort())
    }
  })

  it.each(files)(
    '%s has every key in every language, with each language’s plural forms',
    (file) => {
      const base = (key: string) => key.replace(pluralSuffix, '')
      const keysByLocale = Object.fromEntries(locales.map((locale) => [locale, load(locale, file)]))
      const allBaseKeys = new Set(
        Object.values(keysByLocale).flatMap((keys) => Object.keys(keys).map(base)),
      )
      const pluralBases = new Set(
        Object.values(keysByLocale).flatMap((keys) =>
          Object.keys(keys)
            .filter((key) => pluralSuffix.test(key))
            .map(base),
        ),
      )
      const missing: string[] = []
      for (const locale of locales) {
        const keys = keysByLocale[locale]
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
        for (const key of allBaseKeys) {
          if (pluralBases.has(key)) {
            for (const category of categories) {
              if (!keys[`${key}_${category}`]) missing.push(`${locale}: ${key}_${category}`)
            }
          } else if (!keys[key]?.trim()) {
            missing.push(`${locale}: ${key}`)
          }
        }
      }
      expect(missing).toEqual([])
    },
  )

  it('uses the same interpolation variables in every language', () => {
    for (const file of files) {
      const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort()
      const sk = load('sk', file)
      for (const locale of locales) {
        const other = load(locale, file)
        for (const [key, text] of Object.entries(other)) {
          const reference = sk[key] ?? sk[key.replace(pluralSuffix, '_other')]
          if (reference)
            expect(variables(text), `${locale}/${file}: ${key}`).toEqual(variables(reference))
        }
      }
    }
  })

  it('writes counts with the unit in the form CLDR gives each number', () => {
    const people = {
      unit: 'osoby',
      unitForms: { one: 'osoba', few: 'osoby', many: 'osoby', other: 'osôb' },
    }
    expect(countWithUnit('sk', 1, people)).toBe('1 osoba')
    expect(countWithUnit('sk', 3, people)).toBe('3 osoby')
    expect(countWithUnit('sk', 550, people)).toBe('550 osôb')
    expect(countWithUnit('sk', 1.5, people)).toBe('1,5 osoby')
    expect(countWithUnit('sk', 1200, people)).toMatch(/^1\s200 osôb$/)
    // a form not filled in falls back to the plain unit
    expect(countWithUnit('sk', 550, { unit: 'osoby' })).toBe('550 osoby')
    expect(getT('sk', 'centres')('unitCounts.clients', { count: 1 })).toBe('1 klient')
    expect(getT('sk', 'centres')('unitCounts.clients', { count: 3 })).toBe('3 klienti')
    expect(getT('sk', 'centres')('unitCounts.clients', { count: 50 })).toBe('50 klientov')
    expect(getT('cs', 'centres')('unitCounts.beds', { count: 24 })).toBe('24 lůžek')
    expect(getT('hu', 'centres')('unitCounts.beds', { count: 24 })).toBe('24 férőhely')
    expect(getT('en', 'centres')('unitCounts.beds', { count: 1 })).toBe('1 bed')
  })

  it('formats plural counts per language', () => {
    expect(getT('sk', 'home')('figures.organisations', { count: 1 })).toBe(
      '1 zverejnená organizácia',
    )
    expect(getT('sk', 'home')('figures.organisations', { count: 3 })).toBe(
      '3 zverejnené organizácie',
    )
    expect(getT('cs', 'home')('figures.organisations', { count: 7 })).toBe(
      '7 zveřejněných organizací',
    )
    expect(getT('en', 'home')('figures.organisations', { count: 1200 })).toBe(
      '1,200 published organisations',
    )
    // Slovak groups thousands with a (narrow) no-break space
    expect(getT('sk', 'home')('figures.organisations', { count: 1200 })).toMatch(
      /^1\s200 zverejnených/,
    )
  })
})

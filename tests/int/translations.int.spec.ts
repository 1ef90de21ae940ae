import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { missingLanguages, translationQueue } from '@/translations/coverage'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let editor: User

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  await createUser(payload, ['admin'])
  editor = (await createUser(payload, ['editor'])) as User
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('translation coverage', () => {
  it('counts a language as missing only where another language has the text', () => {
    const doc = {
      title: { sk: 'Komunitné centrum', cs: 'Komunitní centrum', hu: '', en: null },
      summary: { sk: 'Krátky opis', cs: null, hu: null, en: null },
      // an optional field nobody wrote is no translation gap
      description: { sk: null, cs: null, hu: null, en: null },
    }
    expect(missingLanguages(doc, ['title', 'summary', 'description'])).toEqual(['cs', 'hu', 'en'])
    expect(missingLanguages(doc, ['title'])).toEqual(['hu', 'en'])
    expect(missingLanguages(doc, ['description'])).toEqual([])
    const richText = { root: { children: [{ children: [{ text: 'Odsek' }] }] } }
    expect(
      missingLanguages({ body: { sk: richText, cs: { root: { children: [] } } } }, ['body']),
    ).toEqual(['cs', 'hu', 'en'])
  })

  it('lists the documents lacking a language, the longest unchanged first, and not those translated', async () => {
    const group = async (
      name: string,
      translations: Record<string, { name: string; purpose: string }>,
    ) => {
      const created = await payload.create({
        collection: 'working-groups',
        locale: 'sk',
        data: { name, purpose: `${name}: účel`, listedPublicly: true } as never,
      })
      for (const [locale, data] of Object.entries(translations)) {
        await payload.update({
          collection: 'working-groups',
          id: created.id,
          locale: locale as 'cs',
          data,
        })
      }
      return created
    }
    const oldest = await group('Skupina bez prekladov', {})
    const translated = await group('Preložená skupina', {
      cs: { name: 'Přeložená skupina', purpose: 'Účel' },
      hu: { name: 'Lefordított csoport', purpose: 'Cél' },
      en: { name: 'Translated group', purpose: 'Purpose' },
    })
    const halfway = await group('Skupina bez maďarčiny', {
      cs: { name: 'Skupina bez maďarštiny', purpose: 'Účel' },
      en: { name: 'Group without Hungarian', purpose: 'Purpose' },
    })
    // the Hungarian name is there, its purpose is not: still a gap
    const partly = await group('Skupina s maďarským názvom', {
      hu: { name: 'Csoport magyar névvel', purpose: '' },
    })

    const hungarian = await translationQueue(payload, editor, 'hu')
    const ids = hungarian
      .filter((entry) => entry.collection === 'working-groups')
      .map((entry) => entry.id)
    expect(ids).toEqual([oldest.id, halfway.id, partly.id])
    expect(ids).not.toContain(translated.id)
    expect(hungarian.find((entry) => entry.id === halfway.id)).toMatchObject({
      title: 'Skupina bez maďarčiny',
      missing: ['hu'],
    })
    expect(hungarian.find((entry) => entry.id === oldest.id)?.missing).toEqual(['cs', 'hu', 'en'])

    const czech = (await translationQueue(payload, editor, 'cs')).map((entry) => entry.id)
    expect(czech).toContain(oldest.id)
    expect(czech).not.toContain(halfway.id)
  })
})

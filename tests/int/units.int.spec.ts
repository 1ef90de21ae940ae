import fs from 'node:fs'
import zlib from 'node:zlib'

import { describe, expect, it, vi } from 'vitest'

import { validateRegistrationNumber } from '@/fields/registrationNumber'
import { negotiateLocale } from '@/i18n/negotiate'
import { slugify } from '@/utilities/slugify'
import { clientIp } from '@/security/clientIp'
import { isPlainText } from '@/utilities/validation'
import { fold, snippet } from '@/search/text'
import { safeNext } from '@/utilities/safeNext'
import { pageBoundary } from '@/utilities/bulkRead'

describe('registration numbers', () => {
  it.each([
    ['CZ', '70890749'],
    ['CZ', '00261912'],
    ['CZ', '7089 0749'],
    ['SK', '35541016'],
    ['HU', '15733397-2-18'],
  ] as const)('accepts %s %s', (country, value) => {
    expect(validateRegistrationNumber(country, value)).toBe(true)
  })

  it.each([
    ['CZ', '70890748', /check digit/],
    ['CZ', '1234567', /8 digits/],
    ['SK', '3554101A', /8 digits/],
    ['HU', '15733397-9-18', /adószám/],
    ['HU', '15733398-2-18', /check digit/],
    [undefined, '12345678', /country/],
  ] as const)('refuses %s %s with a reason', (country, value, reason) => {
    expect(validateRegistrationNumber(country, value)).toMatch(reason)
  })
})

describe('locale negotiation', () => {
  it.each([
    ['hu-HU,hu;q=0.9,en;q=0.8', 'hu'],
    ['cs', 'cs'],
    ['en-US,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,cs;q=0.5', 'cs'],
    ['fr-FR', 'sk'],
    ['', 'sk'],
    [null, 'sk'],
    ['!!invalid;;', 'sk'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})

describe('slugs', () => {
  it('keeps the letters of Slovak, Czech and Hungarian names', () => {
    expect(slugify('Centrum sociálních služeb Prunéřov')).toBe('centrum-socialnich-sluzeb-prunerov')
    expect(slugify('Vas Megyei Önkormányzat – Szőlő')).toBe('vas-megyei-onkormanyzat-szolo')
    expect(slugify('Košický kraj, ÚRAD')).toBe('kosicky-kraj-urad')
    expect(slugify('  ')).toBeUndefined()
  })
})

describe('plain text', () => {
  it.each(['Prunéřov', 'Szombathely – Berzsenyi tér', 'line\nbreak\ttab', '😀 emoji', 'Ω ≠ ∞'])(
    'accepts %j',
    (value) => {
      expect(isPlainText(value)).toBe(true)
    },
  )
  it.each([
    '<b>',
    'a > b',
    'a\u0000b',
    '\u0007',
    '\u202eevil',
    '\u2066x\u2069',
    '\ud800',
    'x\udc00',
    '\u007f',
  ])('refuses %j', (value) => {
    expect(isPlainText(value)).toBe(false)
  })
})

describe('group search', () => {
  it('finds words without their accents and marks the original text', () => {
    expect(fold('Prunéřov Žďár ÁÉÍ')).toBe('prunerov zdar aei')
    expect(snippet('Analýza sociálního vyloučení v 15 ORP', 'analyza')).toEqual({
      before: '',
      match: 'Analýza',
      after: ' sociálního vyloučení v 15 ORP',
    })
    expect(snippet('Bez shody', 'analyza')).toBeNull()
  })
})

describe('where a login goes next', () => {
  it('keeps paths on this site and refuses everything else', () => {
    expect(safeNext('sk', '/sk/working-groups/x/meetings/3')).toBe(
      '/sk/working-groups/x/meetings/3',
    )
    for (const next of [
      'https://evil.example/',
      '//evil.example/sk',
      '/\\evil.example',
      'javascript:alert(1)',
      '/admin',
      null,
      42,
    ]) {
      expect(safeNext('hu', next)).toBe('/hu/account')
    }
  })
})

describe('the client address behind proxies', () => {
  const headers = (forwarded?: string, real?: string) =>
    new Headers({
      ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
      ...(real ? { 'x-real-ip': real } : {}),
    })
  it('takes the address our server or proxy appended, not what the client wrote before it', () => {
    // our server appends the connection's address last (scripts/server.mjs)
    expect(clientIp(headers('6.6.6.6, 198.51.100.7'), 0)).toBe('198.51.100.7')
    expect(clientIp(headers('6.6.6.6, 203.0.113.5, 10.0.0.2'), 1)).toBe('203.0.113.5')
    expect(clientIp(headers('6.6.6.6, 203.0.113.5, 10.0.0.3, 10.0.0.2'), 2)).toBe('203.0.113.5')
    expect(clientIp(headers('203.0.113.5'), 3)).toBe('203.0.113.5')
    // X-Real-IP is whatever the client wrote when no proxy replaces it
    expect(clientIp(headers(undefined, '198.51.100.7'), 0)).toBe('unknown')
    expect(clientIp(headers(), 0)).toBe('unknown')
  })
})

describe('collecting between the pages of a bulk read', () => {
  it('collects once the heap has grown by 48 MB since the last time, and not before', () => {
    const globals = globalThis as { gc?: () => void }
    const exposed = globals.gc
    let collections = 0
    globals.gc = () => (collections += 1)
    try {
      const boundary = pageBoundary()
      boundary()
      expect(collections).toBe(0)
      // ~64 MB of small objects kept alive, as a page of documents is
      const kept = Array.from({ length: 1_000_000 }, (_, i) => ({ i, text: `centre ${i}` }))
      boundary()
      expect(collections).toBe(1)
      expect(kept.length).toBe(1_000_000)
    } finally {
      globals.gc = exposed
    }
  })

  it('does nothing where the collector is not exposed (development, tests)', () => {
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined()
    expect(() => pageBoundary()()).not.toThrow()
  })
})

describe('files kept on disk', () => {
  it('keeps the making begun later when two overlap, and removes the others a minute on', async () => {
    const { keepFile, keptFileResponse } = await import('@/utilities/keptFiles')
    // the removal is a timer, then a file operation: wait for that operation, not for time
    const removed = async (file: string) => {
      for (let turn = 0; turn < 1000 && fs.existsSync(file); turn += 1)
        await new Promise((resolve) => setImmediate(resolve))
      return !fs.existsSync(file)
    }
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      const owner = {}
      let finishFirst!: (body: string) => void
      // the first making waits until the second, begun later, has ended
      const first = keepFile(
        owner,
        'open-data:x',
        () => new Promise((done) => (finishFirst = done)),
      )
      const second = await keepFile(owner, 'open-data:x', async () => 'newer')
      finishFirst('older')
      const older = await first
      expect(await keptFileResponse(second, {}).text()).toBe('newer')
      // the late older one is still readable by whoever it was handed to, for a while
      expect(await keptFileResponse(older, {}).text()).toBe('older')
      // another owner's file of the same name is its own
      const other = await keepFile({}, 'open-data:x', async () => 'other')
      expect(fs.existsSync(older.file)).toBe(true)
      await vi.advanceTimersByTimeAsync(60_000)
      expect(await removed(older.file)).toBe(true)
      expect(await keptFileResponse(second, {}).text()).toBe('newer')
      expect(await keptFileResponse(other, {}).text()).toBe('other')
      // a newer making replaces it: the one before goes a minute later
      const third = await keepFile(owner, 'open-data:x', async () => new Uint8Array([1, 2, 3]))
      expect(fs.existsSync(second.file)).toBe(true)
      await vi.advanceTimersByTimeAsync(60_000)
      expect(await removed(second.file)).toBe(true)
      expect(new Uint8Array(await keptFileResponse(third, {}).arrayBuffer())).toEqual(
        new Uint8Array([1, 2, 3]),
      )
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps a gzip copy when asked, sends it to a reader who accepts gzip, and removes both', async () => {
    const { keepFile, keptFileResponse } = await import('@/utilities/keptFiles')
    const text = 'name;city\n'.repeat(5000)
    const owner = {}
    const first = await keepFile(owner, 'open-data:gz', async () => text, { gzip: true })
    expect(first.gzipped).toBeDefined()
    expect(zlib.gunzipSync(fs.readFileSync(first.gzipped!)).toString('utf8')).toBe(text)
    const asked = (accept?: string) =>
      keptFileResponse(
        first,
        { 'Cache-Control': 'public, max-age=300', 'Content-Type': 'text/csv' },
        new Request(
          'http://x/',
          accept === undefined ? {} : { headers: { 'accept-encoding': accept } },
        ),
      )
    const gzipped = asked('gzip, deflate, br')
    // the server turns the mark into Content-Encoding (Next would drop that header)
    expect(gzipped.headers.get('x-gzip-file')).toBe('gzip')
    expect(gzipped.headers.get('cache-control')).toBe('public, max-age=300, no-transform')
    expect(zlib.gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString('utf8')).toBe(text)
    expect(gzipped.headers.get('vary')).toBe('Accept-Encoding')
    for (const plain of [asked(), asked('identity'), asked('gzip;q=0, br')]) {
      expect(plain.headers.get('x-gzip-file')).toBeNull()
      expect(plain.headers.get('vary')).toBe('Accept-Encoding')
      expect(plain.headers.get('cache-control')).toBe('public, max-age=300')
      expect(await plain.text()).toBe(text)
    }
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      await keepFile(owner, 'open-data:gz', async () => 'newer', { gzip: true })
      await vi.advanceTimersByTimeAsync(60_000)
      for (let turn = 0; turn < 1000 && fs.existsSync(first.gzipped!); turn += 1)
        await new Promise((resolve) => setImmediate(resolve))
      expect(fs.existsSync(first.file)).toBe(false)
      expect(fs.existsSync(first.gzipped!)).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })
})

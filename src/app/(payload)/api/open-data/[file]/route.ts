import { defaultLocale, isLocale } from '@/i18n/locales'
import { cached } from '@/utilities/derivedCache'
import { getPayloadClient } from '@/utilities/payload'
import { loadOpenCentres, OPEN_DATA_LICENCE, toCsv, toHsds } from '@/registry/openData'

const headers = {
  'Cache-Control': 'public, max-age=300',
  'Access-Control-Allow-Origin': '*',
  'X-Licence': OPEN_DATA_LICENCE,
}

/** Open data of published centres: centres.json, centres.csv and hsds.json (?locale=sk|cs|hu|en). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  if (!['centres.json', 'centres.csv', 'hsds.json'].includes(file)) {
    return Response.json({ error: 'Not found' }, { status: 404 })
  }
  const requested = new URL(request.url).searchParams.get('locale')
  const locale = isLocale(requested) ? requested : defaultLocale
  const payload = await getPayloadClient()
  // each file is built once per language and change (10,000 centres take seconds to read)
  const body = await cached(
    payload,
    `open-data:${file}:${locale}`,
    {
      dependsOn: ['centres', 'organisations', 'regions', 'service-types', 'target-groups'],
      ttlMs: 5 * 60_000,
    },
    async () => {
      const centres = await loadOpenCentres(payload, locale)
      if (file === 'centres.csv') return toCsv(centres)
      return JSON.stringify(
        file === 'hsds.json' ? toHsds(centres) : { licence: OPEN_DATA_LICENCE, locale, centres },
      )
    },
  )
  if (file === 'centres.csv') {
    return new Response(body, {
      headers: {
        ...headers,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="centres.csv"',
      },
    })
  }
  return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json' } })
}

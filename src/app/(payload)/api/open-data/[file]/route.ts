import { defaultLocale, isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'
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
  const centres = await loadOpenCentres(await getPayloadClient(), locale)
  if (file === 'centres.csv') {
    return new Response(toCsv(centres), {
      headers: {
        ...headers,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="centres.csv"',
      },
    })
  }
  const body = file === 'hsds.json' ? toHsds(centres) : { licence: OPEN_DATA_LICENCE, locale, centres }
  return Response.json(body, { headers })
}

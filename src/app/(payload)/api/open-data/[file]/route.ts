import { defaultLocale, isLocale } from '@/i18n/locales'
import { cached } from '@/utilities/derivedCache'
import { keepFile, keptFileResponse } from '@/utilities/keptFiles'
import { getPayloadClient } from '@/utilities/payload'
import { xlsxContentType } from '@/utilities/spreadsheet'
import {
  loadOpenCentres,
  openDataFiles,
  type OpenDataFile,
  OPEN_DATA_LICENCE,
  toCentresXlsx,
  toCsv,
  toHsds,
} from '@/registry/openData'

const headers = {
  'Cache-Control': 'public, max-age=300',
  'Access-Control-Allow-Origin': '*',
  'X-Licence': OPEN_DATA_LICENCE,
}

const contentTypes: Record<OpenDataFile, string> = {
  'centres.json': 'application/json',
  'centres.csv': 'text/csv; charset=utf-8',
  'centres.xlsx': xlsxContentType,
  'hsds.json': 'application/json',
}

/**
 * Open data of published centres: centres.json, centres.csv, centres.xlsx and hsds.json
 * (?locale=sk|cs|hu|en, default sk). The language also sets the CSV's conventions: semicolons
 * and decimal commas for sk/cs/hu as their Excel expects, commas and points for en.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  if (!(openDataFiles as readonly string[]).includes(file)) {
    return Response.json({ error: 'Not found' }, { status: 404 })
  }
  const name = file as OpenDataFile
  const requested = new URL(request.url).searchParams.get('locale')
  const locale = isLocale(requested) ? requested : defaultLocale
  const payload = await getPayloadClient()
  // each file is built once per language and change (50,000 centres take a minute to read)
  // and kept on disk, not in memory; the time to live keeps the open-data page's promise (a
  // change in the files within five minutes) should a change's message be lost
  const key = `open-data:${name}:${locale}`
  const kept = await cached(
    payload,
    key,
    {
      dependsOn: ['centres', 'organisations', 'regions', 'service-types', 'target-groups'],
      ttlMs: 5 * 60_000,
    },
    () =>
      keepFile(
        payload,
        key,
        async () => {
          const centres = await loadOpenCentres(payload, locale)
          if (name === 'centres.csv') return toCsv(centres, locale)
          if (name === 'centres.xlsx') return toCentresXlsx(centres, locale)
          return JSON.stringify(
            name === 'hsds.json'
              ? toHsds(centres)
              : { licence: OPEN_DATA_LICENCE, locale, centres },
          )
        },
        // a gzip copy for readers who accept it; a spreadsheet is a zip archive already
        { gzip: name !== 'centres.xlsx' },
      ),
  )
  const download: Record<string, string> =
    name === 'centres.csv' || name === 'centres.xlsx'
      ? { 'Content-Disposition': `attachment; filename="${name}"` }
      : {}
  return keptFileResponse(
    kept,
    { ...headers, ...download, 'Content-Type': contentTypes[name] },
    request,
  )
}

import { registrationDataByToken } from '@/events/register'
import { getPayloadClient } from '@/utilities/payload'

export const dynamic = 'force-dynamic'

/** The registrant's own data as a JSON download, through the personal link from their e-mails. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const data = await registrationDataByToken(await getPayloadClient(), decodeURIComponent(token))
  const headers = {
    'Cache-Control': 'private, no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex',
  }
  if (!data) return Response.json({ error: 'unknown or expired link' }, { status: 404, headers })
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="my-registration-${new Date().toISOString().slice(0, 10)}.json"`,
    },
  })
}

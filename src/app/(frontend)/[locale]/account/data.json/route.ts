import { personalDataOf } from '@/account/personalData'
import { session } from '@/account/session'

export const dynamic = 'force-dynamic'

/** The logged-in person's own data as a JSON download (GDPR Art. 15 and 20). */
export async function GET() {
  const { payload, user } = await session()
  if (!user)
    return Response.json(
      { error: 'login required' },
      { status: 401, headers: { 'Cache-Control': 'no-store' } },
    )
  const data = await personalDataOf(payload, user)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'private, no-store',
    },
  })
}

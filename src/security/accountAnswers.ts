import { getRequestLanguage, type SanitizedConfig } from 'payload'

// REST handlers take a route context, the GraphQL handler none: the wrapper keeps either shape
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, ...context: any[]) => Promise<Response>

type Messages = { error: Record<string, string>; general: Record<string, string> }

const messagesOf = (config: SanitizedConfig, language: string) =>
  (config.i18n.supportedLanguages as Record<string, { translations: Messages } | undefined>)[
    language
  ]?.translations

const cookiesOf = (request: Request) =>
  new Map(
    (request.headers.get('cookie') ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .filter(([name]) => name)
      .map(([name, ...value]) => [name, decodeURIComponent(value.join('='))] as [string, string]),
  )

// a known address costs an SMTP session that an unknown one does not: both answer no sooner
const FORGOT_PASSWORD_MIN_MS = 1500

/**
 * Payload's REST auth endpoints answer a locked account differently from an unknown address or
 * a wrong password ("This user is locked…" against "The email or password provided is
 * incorrect"), and a forgot-password request for a known address fails with a 500 when the
 * mail cannot be sent, where an unknown one succeeds at once. Both would tell a stranger
 * which addresses have accounts: the locked answer becomes the wrong-password answer in the
 * same language (also in GraphQL's `loginUser`), and forgot-password always gives Payload's
 * success answer after the same minimum time (the failure is logged by Payload).
 */
export function hideAccountState<H extends Handler>(
  handler: H,
  configPromise: Promise<SanitizedConfig> | SanitizedConfig,
): H {
  return (async (request: Request, ...context: unknown[]) => {
    const config = await configPromise
    const path = new URL(request.url).pathname
    const users = `${config.routes.api}/users`
    if (path === `${users}/login`)
      return sameAnswerWhenLocked(config, await handler(request, ...context))
    if (path === `${config.routes.api}${config.routes.graphQL}`)
      return sameGraphQLAnswerWhenLocked(config, await handler(request, ...context))
    if (path === `${users}/forgot-password`)
      return sameAnswerForEveryAddress(config, request, () => handler(request, ...context))
    return handler(request, ...context)
  }) as H
}

/** The wrong-password message in the language of a locked-account message, else undefined. */
function unlockedMessage(config: SanitizedConfig, message: unknown) {
  const language = Object.keys(config.i18n.supportedLanguages).find(
    (key) => typeof message === 'string' && messagesOf(config, key)?.error.userLocked === message,
  )
  return language ? messagesOf(config, language)!.error.emailOrPasswordIncorrect : undefined
}

type ErrorBody = { errors?: { message?: string; extensions?: { name?: string } }[] } | null

async function rewriteErrors(
  response: Response,
  rewrite: (error: NonNullable<ErrorBody>['errors'] & object) => boolean,
) {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as ErrorBody
  if (!body?.errors || !rewrite(body.errors)) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json(body, { status: response.status, headers })
}

function sameAnswerWhenLocked(config: SanitizedConfig, response: Response) {
  if (response.status !== 401) return response
  return rewriteErrors(response, (errors) => {
    const message = unlockedMessage(config, errors[0]?.message)
    if (message) errors[0].message = message
    return Boolean(message)
  })
}

function sameGraphQLAnswerWhenLocked(config: SanitizedConfig, response: Response) {
  return rewriteErrors(response, (errors) => {
    let changed = false
    for (const error of errors) {
      const message = unlockedMessage(config, error.message)
      if (!message) continue
      error.message = message
      if (error.extensions?.name === 'LockedAuth') error.extensions.name = 'AuthenticationError'
      changed = true
    }
    return changed
  })
}

async function sameAnswerForEveryAddress(
  config: SanitizedConfig,
  request: Request,
  run: () => Promise<Response>,
) {
  const started = Date.now()
  let response = await run()
  if (response.status >= 500) {
    const language = getRequestLanguage({
      config,
      cookies: cookiesOf(request),
      headers: request.headers,
    })
    response = Response.json(
      { message: messagesOf(config, language)?.general.success ?? 'Success' },
      { status: 200 },
    )
  }
  const wait = FORGOT_PASSWORD_MIN_MS - (Date.now() - started)
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  return response
}

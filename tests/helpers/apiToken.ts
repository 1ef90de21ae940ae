/** A user's JWT and record from Payload's REST login, for requests made as them. */
export async function apiLogin<User = { id: number | string }>(
  baseURL: string,
  email: string,
  password: string,
) {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`logging in as ${email} answered ${response.status}`)
  return (await response.json()) as { token: string; user: User }
}

/** A user's JWT from Payload's REST login, for requests made as them (`Authorization` or cookie). */
export async function apiToken(baseURL: string, email: string, password: string) {
  return (await apiLogin(baseURL, email, password)).token
}

/** Who runs this installation, as named on the privacy, accessibility and contact pages. */
export function operatorDetails(env: Record<string, string | undefined> = process.env) {
  return {
    name: env.OPERATOR_NAME?.trim() || 'Social Inclusion Platform',
    email: env.CONTACT_EMAIL?.trim() || 'kontakt@example.org',
  }
}

/** The day the accessibility statement was last reviewed (update it with each review). */
export const ACCESSIBILITY_STATEMENT_REVIEWED = '2026-11-23'

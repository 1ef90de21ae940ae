/** What kind of body an organisation is; labels in locales/<lang>/common.json under `kinds`. */
export const organisationKinds = [
  'ngo',
  'charity',
  'church',
  'social-enterprise',
  'municipality',
  'regional-authority',
  'school',
  'labour-office',
  'other',
] as const

export type OrganisationKind = (typeof organisationKinds)[number]

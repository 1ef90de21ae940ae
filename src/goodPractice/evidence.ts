/** How strong a case study's evidence is; labels in locales/<lang>/goodPractice.json under `tiers`. */
export const evidenceTiers = ['promising', 'demonstrated', 'replicated'] as const

/** Currencies a case study's budget may be given in. */
export const currencies = ['EUR', 'CZK', 'HUF'] as const

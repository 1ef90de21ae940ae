import csAbout from '@locales/cs/about.json'
import csAccount from '@locales/cs/account.json'
import csAdmin from '@locales/cs/admin.json'
import csCentres from '@locales/cs/centres.json'
import csCommon from '@locales/cs/common.json'
import csEmails from '@locales/cs/emails.json'
import csErrors from '@locales/cs/errors.json'
import csEvents from '@locales/cs/events.json'
import csGoodPractice from '@locales/cs/goodPractice.json'
import csHome from '@locales/cs/home.json'
import csLegal from '@locales/cs/legal.json'
import csOrganisations from '@locales/cs/organisations.json'
import csRegister from '@locales/cs/register.json'
import csSearch from '@locales/cs/search.json'
import csStrategies from '@locales/cs/strategies.json'
import csWorkingGroups from '@locales/cs/workingGroups.json'
import enAbout from '@locales/en/about.json'
import enAccount from '@locales/en/account.json'
import enAdmin from '@locales/en/admin.json'
import enCentres from '@locales/en/centres.json'
import enCommon from '@locales/en/common.json'
import enEmails from '@locales/en/emails.json'
import enErrors from '@locales/en/errors.json'
import enEvents from '@locales/en/events.json'
import enGoodPractice from '@locales/en/goodPractice.json'
import enHome from '@locales/en/home.json'
import enLegal from '@locales/en/legal.json'
import enOrganisations from '@locales/en/organisations.json'
import enRegister from '@locales/en/register.json'
import enSearch from '@locales/en/search.json'
import enStrategies from '@locales/en/strategies.json'
import enWorkingGroups from '@locales/en/workingGroups.json'
import huAbout from '@locales/hu/about.json'
import huAccount from '@locales/hu/account.json'
import huAdmin from '@locales/hu/admin.json'
import huCentres from '@locales/hu/centres.json'
import huCommon from '@locales/hu/common.json'
import huEmails from '@locales/hu/emails.json'
import huErrors from '@locales/hu/errors.json'
import huEvents from '@locales/hu/events.json'
import huGoodPractice from '@locales/hu/goodPractice.json'
import huHome from '@locales/hu/home.json'
import huLegal from '@locales/hu/legal.json'
import huOrganisations from '@locales/hu/organisations.json'
import huRegister from '@locales/hu/register.json'
import huSearch from '@locales/hu/search.json'
import huStrategies from '@locales/hu/strategies.json'
import huWorkingGroups from '@locales/hu/workingGroups.json'
import skAbout from '@locales/sk/about.json'
import skAccount from '@locales/sk/account.json'
import skAdmin from '@locales/sk/admin.json'
import skCentres from '@locales/sk/centres.json'
import skCommon from '@locales/sk/common.json'
import skEmails from '@locales/sk/emails.json'
import skErrors from '@locales/sk/errors.json'
import skEvents from '@locales/sk/events.json'
import skGoodPractice from '@locales/sk/goodPractice.json'
import skHome from '@locales/sk/home.json'
import skLegal from '@locales/sk/legal.json'
import skOrganisations from '@locales/sk/organisations.json'
import skRegister from '@locales/sk/register.json'
import skSearch from '@locales/sk/search.json'
import skStrategies from '@locales/sk/strategies.json'
import skWorkingGroups from '@locales/sk/workingGroups.json'

import type { Locale } from './locales'

// Bundled statically so that pages need no file-system reads and stay cacheable.
export const resources = {
  sk: {
    common: skCommon,
    centres: skCentres,
    emails: skEmails,
    home: skHome,
    organisations: skOrganisations,
    register: skRegister,
    about: skAbout,
    account: skAccount,
    admin: skAdmin,
    events: skEvents,
    goodPractice: skGoodPractice,
    strategies: skStrategies,
    legal: skLegal,
    workingGroups: skWorkingGroups,
    search: skSearch,
    errors: skErrors,
  },
  cs: {
    common: csCommon,
    centres: csCentres,
    emails: csEmails,
    home: csHome,
    organisations: csOrganisations,
    register: csRegister,
    about: csAbout,
    account: csAccount,
    admin: csAdmin,
    events: csEvents,
    goodPractice: csGoodPractice,
    strategies: csStrategies,
    legal: csLegal,
    workingGroups: csWorkingGroups,
    search: csSearch,
    errors: csErrors,
  },
  hu: {
    common: huCommon,
    centres: huCentres,
    emails: huEmails,
    home: huHome,
    organisations: huOrganisations,
    register: huRegister,
    about: huAbout,
    account: huAccount,
    admin: huAdmin,
    events: huEvents,
    goodPractice: huGoodPractice,
    strategies: huStrategies,
    legal: huLegal,
    workingGroups: huWorkingGroups,
    search: huSearch,
    errors: huErrors,
  },
  en: {
    common: enCommon,
    centres: enCentres,
    emails: enEmails,
    home: enHome,
    organisations: enOrganisations,
    register: enRegister,
    about: enAbout,
    account: enAccount,
    admin: enAdmin,
    events: enEvents,
    goodPractice: enGoodPractice,
    strategies: enStrategies,
    legal: enLegal,
    workingGroups: enWorkingGroups,
    search: enSearch,
    errors: enErrors,
  },
} satisfies Record<Locale, Record<string, object>>

export type Namespace = keyof (typeof resources)['sk']
export const namespaces = Object.keys(resources.sk) as Namespace[]

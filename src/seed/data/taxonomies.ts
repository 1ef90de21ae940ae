import type { Locale } from '@/i18n/locales'

type Names = Record<Locale, string>

export type ServiceTypeSeed = {
  code: string
  country: 'SK' | 'CZ' | 'HU'
  legalBasis: string
  name: Names
  needsVerification: boolean
}

/** From DOMAIN.md; entries it marks "(verify)" stay flagged until an editor checks them. */
export const serviceTypes: ServiceTypeSeed[] = [
  {
    code: 'cz-108-37', country: 'CZ', legalBasis: 'Zákon 108/2006 Sb., § 37', needsVerification: false,
    name: { sk: 'Sociálne poradenstvo (vrátane dlhového)', cs: 'Sociální poradenství (včetně dluhového)', hu: 'Szociális tanácsadás (adósságtanácsadással)', en: 'Social counselling (incl. debt counselling)' },
  },
  {
    code: 'cz-108-57', country: 'CZ', legalBasis: 'Zákon 108/2006 Sb., § 57', needsVerification: true,
    name: { sk: 'Azylové domy', cs: 'Azylové domy', hu: 'Menedékotthonok', en: 'Asylum houses' },
  },
  {
    code: 'cz-108-59', country: 'CZ', legalBasis: 'Zákon 108/2006 Sb., § 59', needsVerification: true,
    name: { sk: 'Kontaktné centrá', cs: 'Kontaktní centra', hu: 'Kontaktközpontok', en: 'Contact centres' },
  },
  {
    code: 'cz-108-60', country: 'CZ', legalBasis: 'Zákon 108/2006 Sb., § 60', needsVerification: true,
    name: { sk: 'Krízová pomoc', cs: 'Krizová pomoc', hu: 'Krízisintervenció', en: 'Crisis help' },
  },
  {
    code: 'cz-108-62', country: 'CZ', legalBasis: 'Zákon 108/2006 Sb., § 62', needsVerification: false,
    name: { sk: 'Nízkoprahové zariadenia pre deti a mládež', cs: 'Nízkoprahová zařízení pro děti a mládež', hu: 'Alacsonyküszöbű intézmények gyermekeknek és fiataloknak', en: 'Low-threshold facilities for children and youth' },
  },
  {
    code: 'cz-108-65', country: 'CZ', legalBasis: 'Zákon 108/2006 Sb., § 65', needsVerification: false,
    name: { sk: 'Sociálne aktivizačné služby pre rodiny s deťmi', cs: 'Sociálně aktivizační služby pro rodiny s dětmi', hu: 'Szociális aktivizáló szolgáltatások gyermekes családoknak', en: 'Social activation services for families with children' },
  },
  {
    code: 'cz-108-69', country: 'CZ', legalBasis: 'Zákon 108/2006 Sb., § 69', needsVerification: false,
    name: { sk: 'Terénne programy', cs: 'Terénní programy', hu: 'Terepi programok', en: 'Field programmes' },
  },
  {
    code: 'cz-108-70', country: 'CZ', legalBasis: 'Zákon 108/2006 Sb., § 70', needsVerification: true,
    name: { sk: 'Sociálna rehabilitácia', cs: 'Sociální rehabilitace', hu: 'Szociális rehabilitáció', en: 'Social rehabilitation' },
  },
  {
    code: 'sk-448-community-centre', country: 'SK', legalBasis: 'Zákon 448/2008 Z. z.', needsVerification: true,
    name: { sk: 'Komunitné centrum', cs: 'Komunitní centrum', hu: 'Közösségi központ', en: 'Community centre' },
  },
  {
    code: 'sk-448-low-threshold-day-centre', country: 'SK', legalBasis: 'Zákon 448/2008 Z. z.', needsVerification: true,
    name: { sk: 'Nízkoprahové denné centrum', cs: 'Nízkoprahové denní centrum', hu: 'Alacsonyküszöbű nappali központ', en: 'Low-threshold day centre' },
  },
  {
    code: 'sk-448-field-social-work', country: 'SK', legalBasis: 'Zákon 448/2008 Z. z.', needsVerification: true,
    name: { sk: 'Terénna sociálna práca', cs: 'Terénní sociální práce', hu: 'Terepi szociális munka', en: 'Field social work' },
  },
  {
    code: 'hu-1993-3-family-child-welfare', country: 'HU', legalBasis: '1993. évi III. törvény', needsVerification: true,
    name: { sk: 'Služby pre rodiny a ochranu detí', cs: 'Služby pro rodiny a ochranu dětí', hu: 'Család- és gyermekjóléti szolgáltatás', en: 'Family and child welfare services' },
  },
  {
    code: 'hu-1993-3-street-social-work', country: 'HU', legalBasis: '1993. évi III. törvény', needsVerification: true,
    name: { sk: 'Pouličná sociálna práca', cs: 'Pouliční sociální práce', hu: 'Utcai szociális munka', en: 'Street social work' },
  },
  {
    code: 'hu-1993-3-community-care', country: 'HU', legalBasis: '1993. évi III. törvény', needsVerification: true,
    name: { sk: 'Komunitná starostlivosť', cs: 'Komunitní péče', hu: 'Közösségi ellátás', en: 'Community care' },
  },
  {
    code: 'hu-sure-start', country: 'HU', legalBasis: '1993. évi III. törvény', needsVerification: true,
    name: { sk: 'Detské domy Biztos Kezdet (Sure Start)', cs: 'Dětské domy Biztos Kezdet (Sure Start)', hu: 'Biztos Kezdet Gyerekház', en: 'Sure Start children’s houses' },
  },
  {
    code: 'hu-tanoda', country: 'HU', legalBasis: '1993. évi III. törvény', needsVerification: true,
    name: { sk: 'Doučovacie programy „tanoda“', cs: 'Doučovací programy „tanoda“', hu: 'Tanoda', en: '“Tanoda” after-school programmes' },
  },
]

export const targetGroups: { code: string; name: Names }[] = [
  { code: 'excluded-roma-communities', name: { sk: 'Príslušníci sociálne vylúčených (rómskych) komunít', cs: 'Příslušníci sociálně vyloučených (romských) komunit', hu: 'Társadalmilag kirekesztett (roma) közösségek tagjai', en: 'Members of socially excluded (Roma) communities' } },
  // the age range (e.g. 15–26) belongs to each centre's target group row, not to the term
  { code: 'children-youth', name: { sk: 'Deti a mládež', cs: 'Děti a mládež', hu: 'Gyermekek és fiatalok', en: 'Children and youth' } },
  { code: 'families-with-children', name: { sk: 'Rodiny s deťmi', cs: 'Rodiny s dětmi', hu: 'Gyermekes családok', en: 'Families with children' } },
  { code: 'people-in-debt', name: { sk: 'Ľudia v dlhoch', cs: 'Lidé v dluzích', hu: 'Eladósodott emberek', en: 'People in debt' } },
  { code: 'people-who-use-drugs', name: { sk: 'Ľudia užívajúci drogy', cs: 'Lidé užívající drogy', hu: 'Droghasználók', en: 'People who use drugs' } },
  { code: 'excluded-from-labour-market', name: { sk: 'Ľudia vylúčení z trhu práce', cs: 'Lidé vyloučení z trhu práce', hu: 'A munkaerőpiacról kirekesztett emberek', en: 'People excluded from the labour market' } },
  { code: 'seniors', name: { sk: 'Seniori', cs: 'Senioři', hu: 'Idősek', en: 'Seniors' } },
  { code: 'service-providers', name: { sk: 'Poskytovatelia sociálnych služieb', cs: 'Poskytovatelé sociálních služeb', hu: 'Szociális szolgáltatók', en: 'Social service providers' } },
]

/** Themes of the Liberec Region strategy plus community life and social economy. */
export const themes: { code: string; name: Names }[] = [
  { code: 'safety-health', name: { sk: 'Bezpečnosť a zdravie', cs: 'Bezpečí a zdraví', hu: 'Biztonság és egészség', en: 'Safety and health' } },
  { code: 'housing', name: { sk: 'Bývanie', cs: 'Bydlení', hu: 'Lakhatás', en: 'Housing' } },
  { code: 'debts', name: { sk: 'Dlhy', cs: 'Dluhy', hu: 'Adósságok', en: 'Debts' } },
  { code: 'education', name: { sk: 'Vzdelávanie', cs: 'Vzdělávání', hu: 'Oktatás', en: 'Education' } },
  { code: 'employment', name: { sk: 'Zamestnanosť', cs: 'Zaměstnanost', hu: 'Foglalkoztatás', en: 'Employment' } },
  { code: 'community-life', name: { sk: 'Komunitný život', cs: 'Komunitní život', hu: 'Közösségi élet', en: 'Community life' } },
  { code: 'social-economy', name: { sk: 'Sociálna ekonomika', cs: 'Sociální ekonomika', hu: 'Szociális gazdaság', en: 'Social economy' } },
]

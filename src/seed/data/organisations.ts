import type { Locale } from '@/i18n/locales'
import type { Organisation } from '@/payload-types'

export type OrganisationSeed = Pick<
  Organisation,
  'name' | 'slug' | 'kind' | 'country' | 'registrationNumber' | 'website' | 'email' | 'phone'
> & {
  address: { street: string; postcode: string; municipality: string }
  regionCode: string
  activeRegionCodes: string[]
  /** Plain paragraphs per language; languages without text fall back to Slovak. */
  description: Partial<Record<Locale, string[]>>
}

/** The organisations named in ../shared/seeds/ (public web pages). */
export const organisations: OrganisationSeed[] = [
  {
    name: 'Košický samosprávny kraj – Referát pre sociálne vylúčené komunity',
    slug: 'kosicky-samospravny-kraj',
    kind: 'regional-authority',
    country: 'SK',
    registrationNumber: '35541016',
    website: 'https://web.vucke.sk',
    email: null,
    phone: '+421 55 7268 299',
    address: { street: 'Nám. Maratónu mieru 1', postcode: '042 66', municipality: 'Košice' },
    regionCode: 'SK042',
    activeRegionCodes: ['SK042'],
    description: {
      sk: [
        'Referát Úradu Košického samosprávneho kraja podporuje registrované komunitné centrá, neziskové organizácie a občianske združenia pôsobiace v rozvoji komunitného života.',
        'Venuje sa vzdelávaniu pracovníkov, sociálnym inováciám (sociálny podnik kraja, mentori, podnikateľské zámery), komunitným plánom sociálnych služieb a pomoci v krízových situáciách.',
      ],
      en: [
        'The Košice Self-Governing Region’s department for socially excluded communities supports registered community centres, NGOs and civic associations working on community development.',
        'It trains staff, drives social innovation (the region’s social enterprise, mentors, business plans), prepares community plans of social services and helps in crises.',
      ],
    },
  },
  {
    name: 'Kraj Vysočina',
    slug: 'kraj-vysocina',
    kind: 'regional-authority',
    country: 'CZ',
    registrationNumber: '70890749',
    website: 'https://www.kr-vysocina.cz',
    email: null,
    phone: null,
    address: { street: 'Žižkova 57', postcode: '587 33', municipality: 'Jihlava' },
    regionCode: 'CZ063',
    activeRegionCodes: ['CZ063'],
    description: {
      cs: [
        'Kraj realizoval projekt Podpora sociální integrace příslušníků romských lokalit v Kraji Vysočina (CZ.1.04/3.2.00/B4.00007, 1. 4. 2014 – 31. 10. 2015): stálou platformu aktérů, vzdělávání a zajištění vybraných sociálních služeb.',
      ],
      en: [
        'The region ran the project “Support for the social integration of members of Roma localities in the Vysočina Region” (CZ.1.04/3.2.00/B4.00007, 1 Apr 2014 – 31 Oct 2015): a standing platform of actors, training and selected social services.',
      ],
    },
  },
  {
    name: 'Oblastní charita Jihlava',
    slug: 'oblastni-charita-jihlava',
    kind: 'charity',
    country: 'CZ',
    registrationNumber: null,
    website: null,
    email: null,
    phone: null,
    address: { street: '', postcode: '', municipality: 'Jihlava' },
    regionCode: 'CZ063',
    activeRegionCodes: ['CZ063'],
    description: {
      cs: ['Poskytovatel sociálních služeb podpořených v projektu Kraje Vysočina pro děti a mládež ze sociálně vyloučených lokalit.'],
    },
  },
  {
    name: 'Oblastní charita Třebíč',
    slug: 'oblastni-charita-trebic',
    kind: 'charity',
    country: 'CZ',
    registrationNumber: null,
    website: null,
    email: null,
    phone: null,
    address: { street: '', postcode: '', municipality: 'Třebíč' },
    regionCode: 'CZ063',
    activeRegionCodes: ['CZ063'],
    description: {
      cs: ['Poskytovatel sociálních služeb podpořených v projektu Kraje Vysočina.'],
    },
  },
  {
    name: 'Město Kadaň',
    slug: 'mesto-kadan',
    kind: 'municipality',
    country: 'CZ',
    registrationNumber: '00261912',
    website: 'https://www.mesto-kadan.cz',
    email: null,
    phone: null,
    address: { street: 'Mírové náměstí 1', postcode: '432 01', municipality: 'Kadaň' },
    regionCode: 'CZ042',
    activeRegionCodes: ['CZ042'],
    description: {
      cs: [
        'Město provozuje Centrum sociálních služeb Prunéřov: Komplexní program integrace obyvatel Prunéřova a Kadaně do společnosti (02/2013 – 06/2015, ESF 85 %, státní rozpočet 15 %), 550 podpořených osob za dva roky.',
      ],
      en: [
        'The town runs the Prunéřov Centre of Social Services: a comprehensive programme for the integration of the people of Prunéřov and Kadaň (02/2013 – 06/2015, ESF 85 %, state budget 15 %), 550 people supported over two years.',
      ],
    },
  },
  {
    name: 'Liberecký kraj',
    slug: 'liberecky-kraj',
    kind: 'regional-authority',
    country: 'CZ',
    registrationNumber: '70891508',
    website: 'https://www.kraj-lbc.cz',
    email: null,
    phone: null,
    address: { street: 'U Jezu 642/2a', postcode: '461 80', municipality: 'Liberec' },
    regionCode: 'CZ051',
    activeRegionCodes: ['CZ051'],
    description: {
      cs: [
        'Strategie kraje pro sociální začleňování: témata bezpečí a zdraví, bydlení, dluhy, vzdělávání a zaměstnanost, každé s cíli a opatřeními.',
      ],
      en: [
        'The region’s social inclusion strategy: safety and health, housing, debts, education and employment, each with goals and measures.',
      ],
    },
  },
  {
    name: 'Vas Megyei Önkormányzat',
    slug: 'vas-megyei-onkormanyzat',
    kind: 'regional-authority',
    country: 'HU',
    registrationNumber: null,
    website: 'https://www.vasmegye.hu',
    email: null,
    phone: null,
    address: { street: 'Berzsenyi Dániel tér 1.', postcode: '9700', municipality: 'Szombathely' },
    regionCode: 'HU222',
    activeRegionCodes: ['HU222'],
    description: {
      hu: [
        'A Vas Megyei Önkormányzat által vezetett konzorcium működteti a Vas megyei foglalkoztatási-gazdaságfejlesztési paktumot, amelynek keretében a Szociális gondoskodás munkacsoport a szociális gazdaság szereplőit fogja össze.',
      ],
      en: [
        'The consortium led by Vas County Council runs the Vas County employment and economic development pact; its “Social care” working group brings together the actors of the social economy.',
      ],
    },
  },
]

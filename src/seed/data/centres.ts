import type { Locale } from '@/i18n/locales'
import { slugify } from '@/utilities/slugify'

type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
type Interval = { day: Day; opens: string; closes: string }
type Country = 'SK' | 'CZ' | 'HU'

export type CentreSeed = {
  slug: string
  name: string
  organisationSlug: string
  summary: Record<Locale, string>
  services: string[]
  targetGroups: { code: string; ageFrom?: number; ageTo?: number }[]
  forms: ('residential' | 'day' | 'outreach')[]
  languages: string[]
  accessibility: string[]
  capacity?: { value: number; unit: 'clients' | 'contacts' | 'beds' | 'interventions' }
  address: { street?: string; postcode?: string; municipality: string }
  regionCode: string
  latitude: number
  longitude: number
  openingHours: Interval[]
  /** the office's own line and site, shown to every visitor */
  phone?: string
  website?: string
}

export type MunicipalitySeed = {
  slug: string
  name: string
  country: Country
  municipality: string
  regionCode: string
}

const week = (days: Day[], opens: string, closes: string): Interval[] =>
  days.map((day) => ({ day, opens, closes }))
const workdays: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri']

/** The two service points the source documents describe in detail. */
const documented: CentreSeed[] = [
  {
    slug: 'centrum-socialnich-sluzeb-prunerov',
    name: 'Centrum sociálních služeb Prunéřov',
    organisationSlug: 'mesto-kadan',
    summary: {
      sk: 'Terénny program, dlhové a pracovné poradenstvo, nízkoprahové zariadenie pre mládež 15–26 rokov a sociálne aktivizačné služby pre rodiny v lokalite Prunéřov (č. p. 377).',
      cs: 'Terénní program, dluhové a pracovní poradenství, nízkoprahové zařízení pro mládež 15–26 let a sociálně aktivizační služby pro rodiny v lokalitě Prunéřov (č. p. 377).',
      hu: 'Terepi program, adósság- és munkaügyi tanácsadás, alacsonyküszöbű klub 15–26 éves fiataloknak és családaktivizáló szolgáltatás Prunéřovban (377-es épület).',
      en: 'Field programme, debt and employment counselling, a low-threshold club for young people aged 15–26 and activation services for families in Prunéřov (building no. 377).',
    },
    services: ['cz-108-37', 'cz-108-62', 'cz-108-65', 'cz-108-69'],
    targetGroups: [
      { code: 'excluded-roma-communities' },
      { code: 'children-youth', ageFrom: 15, ageTo: 26 },
      { code: 'families-with-children' },
      { code: 'people-in-debt' },
      { code: 'people-who-use-drugs' },
      { code: 'excluded-from-labour-market' },
    ],
    forms: ['day', 'outreach'],
    languages: ['cs', 'rom'],
    accessibility: ['step-free'],
    capacity: { value: 30, unit: 'clients' },
    address: { street: 'Prunéřov 377', postcode: '432 01', municipality: 'Kadaň' },
    regionCode: 'CZ042',
    latitude: 50.4186,
    longitude: 13.2579,
    openingHours: [
      ...week(['mon', 'wed', 'fri'], '09:00', '17:00'),
      ...week(['tue', 'thu'], '12:00', '18:00'),
    ],
  },
  {
    slug: 'ksk-referat-pre-socialne-vylucene-komunity',
    name: 'Referát pre sociálne vylúčené komunity – Úrad KSK',
    organisationSlug: 'kosicky-samospravny-kraj',
    summary: {
      sk: 'Podpora komunitných centier a organizácií, vzdelávanie, sociálne inovácie, komunitné plány sociálnych služieb a pomoc v krízových situáciách.',
      cs: 'Podpora komunitních center a organizací, vzdělávání, sociální inovace, komunitní plány sociálních služeb a pomoc v krizových situacích.',
      hu: 'Közösségi központok és szervezetek támogatása, képzés, társadalmi innováció, szociális szolgáltatástervezés és krízissegítség.',
      en: 'Support for community centres and organisations, training, social innovation, community plans of social services and help in crises.',
    },
    services: ['sk-448-community-centre'],
    targetGroups: [{ code: 'service-providers' }, { code: 'excluded-roma-communities' }],
    forms: ['day'],
    languages: ['sk', 'hu', 'rom'],
    accessibility: ['step-free', 'accessible-toilet', 'public-transport'],
    address: { street: 'Nám. Maratónu mieru 1', postcode: '042 66', municipality: 'Košice' },
    regionCode: 'SK042',
    latitude: 48.7206,
    longitude: 21.2575,
    phone: '+421 55 7268 299',
    website: 'https://web.vucke.sk',
    openingHours: [
      ...week(['mon', 'tue', 'thu'], '07:30', '15:30'),
      { day: 'wed', opens: '07:30', closes: '16:30' },
      { day: 'fri', opens: '07:30', closes: '14:30' },
    ],
  },
]

type Template = {
  key: string
  name: (municipality: string) => string
  summary: Record<Locale, string>
  services: string[]
  targetGroups: CentreSeed['targetGroups']
  forms: CentreSeed['forms']
  capacity?: CentreSeed['capacity']
  openingHours: Interval[]
}

const templates: Record<Country, Template[]> = {
  SK: [
    {
      key: 'kc',
      name: (m) => `Komunitné centrum ${m}`,
      summary: {
        sk: 'Komunitné centrum s poradenstvom, doučovaním detí, klubom pre mládež a aktivitami pre celé rodiny.',
        cs: 'Komunitní centrum s poradenstvím, doučováním dětí, klubem pro mládež a aktivitami pro celé rodiny.',
        hu: 'Közösségi központ tanácsadással, korrepetálással, ifjúsági klubbal és családi programokkal.',
        en: 'Community centre with counselling, tutoring for children, a youth club and activities for whole families.',
      },
      services: ['sk-448-community-centre'],
      targetGroups: [{ code: 'excluded-roma-communities' }, { code: 'families-with-children' }, { code: 'children-youth', ageFrom: 6, ageTo: 18 }],
      forms: ['day'],
      capacity: { value: 40, unit: 'clients' },
      openingHours: [...week(workdays, '08:00', '16:00')],
    },
    {
      key: 'tsp',
      name: (m) => `Terénna sociálna práca ${m}`,
      summary: {
        sk: 'Terénni sociálni pracovníci pomáhajú s bývaním, dlhmi, úradmi a hľadaním práce priamo v lokalitách.',
        cs: 'Terénní sociální pracovníci pomáhají s bydlením, dluhy, úřady a hledáním práce přímo v lokalitách.',
        hu: 'Terepi szociális munkások segítenek a lakhatás, adósságok, hivatali ügyek és álláskeresés terén, közvetlenül a telepeken.',
        en: 'Field social workers help with housing, debts, public offices and job seeking directly in the localities.',
      },
      services: ['sk-448-field-social-work'],
      targetGroups: [{ code: 'excluded-roma-communities' }, { code: 'people-in-debt' }, { code: 'excluded-from-labour-market' }],
      forms: ['outreach'],
      capacity: { value: 120, unit: 'interventions' },
      openingHours: [...week(['mon', 'tue', 'wed', 'thu'], '07:30', '15:30'), { day: 'fri', opens: '07:30', closes: '13:00' }],
    },
    {
      key: 'ndc',
      name: (m) => `Nízkoprahové denné centrum ${m}`,
      summary: {
        sk: 'Nízkoprahové denné centrum: hygiena, strava, ošatenie a sociálne poradenstvo bez objednania.',
        cs: 'Nízkoprahové denní centrum: hygiena, strava, ošacení a sociální poradenství bez objednání.',
        hu: 'Alacsonyküszöbű nappali központ: tisztálkodás, étkezés, ruha és szociális tanácsadás előzetes bejelentkezés nélkül.',
        en: 'Low-threshold day centre: hygiene, meals, clothing and social counselling without an appointment.',
      },
      services: ['sk-448-low-threshold-day-centre'],
      targetGroups: [{ code: 'excluded-roma-communities' }, { code: 'people-who-use-drugs' }, { code: 'seniors' }],
      forms: ['day'],
      capacity: { value: 25, unit: 'clients' },
      openingHours: [...week(workdays, '07:00', '15:00'), { day: 'sat', opens: '09:00', closes: '12:00' }],
    },
  ],
  CZ: [
    {
      key: 'nzdm',
      name: (m) => `Nízkoprahový klub pro děti a mládež ${m}`,
      summary: {
        sk: 'Nízkoprahový klub: voľný čas, doučovanie, rozhovory a podpora pri výbere povolania.',
        cs: 'Nízkoprahový klub: volný čas, doučování, rozhovory a podpora při volbě povolání.',
        hu: 'Alacsonyküszöbű klub: szabadidő, korrepetálás, beszélgetések és pályaválasztási segítség.',
        en: 'Low-threshold club: leisure, tutoring, conversations and support in choosing a career.',
      },
      services: ['cz-108-62'],
      targetGroups: [{ code: 'children-youth', ageFrom: 6, ageTo: 26 }, { code: 'excluded-roma-communities' }],
      forms: ['day'],
      capacity: { value: 20, unit: 'clients' },
      openingHours: [...week(workdays, '13:00', '18:00')],
    },
    {
      key: 'tp',
      name: (m) => `Terénní program ${m}`,
      summary: {
        sk: 'Terénny program v sociálne vylúčených lokalitách: dlhy, bývanie, úrady, zdravie.',
        cs: 'Terénní program v sociálně vyloučených lokalitách: dluhy, bydlení, úřady, zdraví.',
        hu: 'Terepi program a kirekesztett telepeken: adósságok, lakhatás, hivatalok, egészség.',
        en: 'Field programme in socially excluded localities: debts, housing, public offices, health.',
      },
      services: ['cz-108-69'],
      targetGroups: [{ code: 'excluded-roma-communities' }, { code: 'people-in-debt' }],
      forms: ['outreach'],
      capacity: { value: 150, unit: 'contacts' },
      openingHours: [...week(workdays, '08:00', '16:30')],
    },
    {
      key: 'sas',
      name: (m) => `Sociálně aktivizační služby pro rodiny ${m}`,
      summary: {
        sk: 'Dlhodobá práca s rodinami s deťmi: výchova, hospodárenie domácnosti, škola a bývanie.',
        cs: 'Dlouhodobá práce s rodinami s dětmi: výchova, hospodaření domácnosti, škola a bydlení.',
        hu: 'Hosszú távú munka gyermekes családokkal: nevelés, háztartásvezetés, iskola és lakhatás.',
        en: 'Long-term work with families with children: parenting, household budgeting, school and housing.',
      },
      services: ['cz-108-65'],
      targetGroups: [{ code: 'families-with-children' }, { code: 'excluded-roma-communities' }],
      forms: ['outreach', 'day'],
      capacity: { value: 35, unit: 'clients' },
      openingHours: [...week(['mon', 'wed', 'fri'], '09:00', '17:00')],
    },
    {
      key: 'dp',
      name: (m) => `Dluhová poradna ${m}`,
      summary: {
        sk: 'Bezplatné dlhové poradenstvo: oddlženie, exekúcie, rozpočet domácnosti.',
        cs: 'Bezplatné dluhové poradenství: oddlužení, exekuce, rozpočet domácnosti.',
        hu: 'Ingyenes adósságtanácsadás: adósságrendezés, végrehajtás, háztartási költségvetés.',
        en: 'Free debt counselling: debt relief, enforcement proceedings, household budgets.',
      },
      services: ['cz-108-37'],
      targetGroups: [{ code: 'people-in-debt' }, { code: 'excluded-from-labour-market' }],
      forms: ['day'],
      capacity: { value: 180, unit: 'clients' },
      openingHours: [{ day: 'mon', opens: '09:00', closes: '12:00' }, { day: 'mon', opens: '13:00', closes: '17:00' }, ...week(['tue', 'wed', 'thu'], '09:00', '15:00')],
    },
  ],
  HU: [
    {
      key: 'tanoda',
      name: (m) => `Tanoda ${m}`,
      summary: {
        sk: 'Doučovací program „tanoda“: pomoc s učením, mentoring a príprava na ďalšie štúdium.',
        cs: 'Doučovací program „tanoda“: pomoc s učením, mentoring a příprava na další studium.',
        hu: 'Tanoda: tanulássegítés, mentorálás és felkészítés a továbbtanulásra.',
        en: '“Tanoda” after-school programme: learning support, mentoring and preparation for further studies.',
      },
      services: ['hu-tanoda'],
      targetGroups: [{ code: 'children-youth', ageFrom: 10, ageTo: 18 }, { code: 'excluded-roma-communities' }],
      forms: ['day'],
      capacity: { value: 30, unit: 'clients' },
      openingHours: [...week(workdays, '13:00', '17:30')],
    },
    {
      key: 'bk',
      name: (m) => `Biztos Kezdet Gyerekház ${m}`,
      summary: {
        sk: 'Detský dom Biztos Kezdet: včasná podpora detí do 5 rokov a ich rodičov.',
        cs: 'Dětský dům Biztos Kezdet: včasná podpora dětí do 5 let a jejich rodičů.',
        hu: 'Biztos Kezdet Gyerekház: korai fejlesztés 0–5 éves gyermekeknek és szüleiknek.',
        en: 'Sure Start children’s house: early support for children under five and their parents.',
      },
      services: ['hu-sure-start'],
      targetGroups: [{ code: 'families-with-children' }, { code: 'children-youth', ageFrom: 0, ageTo: 5 }],
      forms: ['day'],
      capacity: { value: 15, unit: 'clients' },
      openingHours: [...week(workdays, '08:00', '14:00')],
    },
    {
      key: 'csgyk',
      name: (m) => `Család- és Gyermekjóléti Központ ${m}`,
      summary: {
        sk: 'Centrum pre rodiny a ochranu detí: sociálna práca, poradenstvo a krízová pomoc.',
        cs: 'Centrum pro rodiny a ochranu dětí: sociální práce, poradenství a krizová pomoc.',
        hu: 'Család- és gyermekjóléti központ: szociális munka, tanácsadás és krízissegítség.',
        en: 'Family and child welfare centre: social work, counselling and crisis help.',
      },
      services: ['hu-1993-3-family-child-welfare', 'hu-1993-3-street-social-work'],
      targetGroups: [{ code: 'families-with-children' }, { code: 'excluded-roma-communities' }, { code: 'people-in-debt' }],
      forms: ['day', 'outreach'],
      capacity: { value: 200, unit: 'clients' },
      openingHours: [...week(['mon', 'tue', 'wed', 'thu'], '08:00', '16:00'), { day: 'fri', opens: '08:00', closes: '13:30' }],
    },
  ],
}

export type Place = [municipality: string, country: Country, regionCode: string, latitude: number, longitude: number, postcode: string, organisation: string]

export const places: Place[] = [
  ['Košice', 'SK', 'SK042', 48.7164, 21.2611, '040 01', 'Mesto Košice'],
  ['Trebišov', 'SK', 'SK042', 48.6289, 21.719, '075 01', 'Mesto Trebišov'],
  ['Michalovce', 'SK', 'SK042', 48.7543, 21.9195, '071 01', 'Mesto Michalovce'],
  ['Moldava nad Bodvou', 'SK', 'SK042', 48.6141, 20.9989, '045 01', 'Mesto Moldava nad Bodvou'],
  ['Spišská Nová Ves', 'SK', 'SK042', 48.9446, 20.5615, '052 01', 'Mesto Spišská Nová Ves'],
  ['Rožňava', 'SK', 'SK042', 48.6606, 20.5316, '048 01', 'Mesto Rožňava'],
  ['Prešov', 'SK', 'SK041', 48.9985, 21.2339, '080 01', 'Mesto Prešov'],
  ['Kežmarok', 'SK', 'SK041', 49.136, 20.429, '060 01', 'Mesto Kežmarok'],
  ['Stará Ľubovňa', 'SK', 'SK041', 49.2986, 20.6862, '064 01', 'Mesto Stará Ľubovňa'],
  ['Sabinov', 'SK', 'SK041', 49.1031, 21.0983, '083 01', 'Mesto Sabinov'],
  ['Banská Bystrica', 'SK', 'SK032', 48.7363, 19.1462, '974 01', 'Mesto Banská Bystrica'],
  ['Rimavská Sobota', 'SK', 'SK032', 48.3829, 20.0222, '979 01', 'Mesto Rimavská Sobota'],
  ['Lučenec', 'SK', 'SK032', 48.3317, 19.6671, '984 01', 'Mesto Lučenec'],
  ['Nitra', 'SK', 'SK023', 48.3069, 18.0864, '949 01', 'Mesto Nitra'],
  ['Žilina', 'SK', 'SK031', 49.2231, 18.7394, '010 01', 'Mesto Žilina'],
  ['Bratislava', 'SK', 'SK010', 48.1486, 17.1077, '811 01', 'Hlavné mesto Bratislava'],
  ['Ústí nad Labem', 'CZ', 'CZ042', 50.6607, 14.0323, '400 01', 'Statutární město Ústí nad Labem'],
  ['Most', 'CZ', 'CZ042', 50.503, 13.6362, '434 01', 'Statutární město Most'],
  ['Chomutov', 'CZ', 'CZ042', 50.4605, 13.4178, '430 01', 'Statutární město Chomutov'],
  ['Jihlava', 'CZ', 'CZ063', 49.3961, 15.5912, '586 01', 'Statutární město Jihlava'],
  ['Třebíč', 'CZ', 'CZ063', 49.2149, 15.8817, '674 01', 'Město Třebíč'],
  ['Liberec', 'CZ', 'CZ051', 50.7663, 15.0543, '460 01', 'Statutární město Liberec'],
  ['Jablonec nad Nisou', 'CZ', 'CZ051', 50.7243, 15.1711, '466 01', 'Statutární město Jablonec nad Nisou'],
  ['Ostrava', 'CZ', 'CZ080', 49.8209, 18.2625, '702 00', 'Statutární město Ostrava'],
  ['Brno', 'CZ', 'CZ064', 49.1951, 16.6068, '602 00', 'Statutární město Brno'],
  ['Plzeň', 'CZ', 'CZ032', 49.7384, 13.3736, '301 00', 'Statutární město Plzeň'],
  ['Sokolov', 'CZ', 'CZ041', 50.1814, 12.6401, '356 01', 'Město Sokolov'],
  ['Kladno', 'CZ', 'CZ020', 50.1473, 14.1029, '272 01', 'Statutární město Kladno'],
  ['Szombathely', 'HU', 'HU222', 47.2307, 16.6218, '9700', 'Szombathely Megyei Jogú Város Önkormányzata'],
  ['Körmend', 'HU', 'HU222', 47.011, 16.6059, '9900', 'Körmend Város Önkormányzata'],
  ['Miskolc', 'HU', 'HU311', 48.1035, 20.7784, '3525', 'Miskolc Megyei Jogú Város Önkormányzata'],
  ['Ózd', 'HU', 'HU311', 48.2241, 20.2866, '3600', 'Ózd Város Önkormányzata'],
  ['Budapest', 'HU', 'HU110', 47.4979, 19.0402, '1052', 'Budapest Főváros Önkormányzata'],
  ['Pécs', 'HU', 'HU231', 46.0727, 18.2323, '7621', 'Pécs Megyei Jogú Város Önkormányzata'],
  ['Nyíregyháza', 'HU', 'HU323', 47.9554, 21.7167, '4400', 'Nyíregyháza Megyei Jogú Város Önkormányzata'],
  ['Debrecen', 'HU', 'HU321', 47.5316, 21.6273, '4024', 'Debrecen Megyei Jogú Város Önkormányzata'],
  ['Szolnok', 'HU', 'HU322', 47.1621, 20.1825, '5000', 'Szolnok Megyei Jogú Város Önkormányzata'],
  ['Eger', 'HU', 'HU312', 47.9025, 20.3772, '3300', 'Eger Megyei Jogú Város Önkormányzata'],
  ['Salgótarján', 'HU', 'HU313', 48.0935, 19.7999, '3100', 'Salgótarján Megyei Jogú Város Önkormányzata'],
  ['Kaposvár', 'HU', 'HU232', 46.3594, 17.7968, '7400', 'Kaposvár Megyei Jogú Város Önkormányzata'],
]

const languagesOf: Record<Country, string[]> = { SK: ['sk', 'rom'], CZ: ['cs', 'rom'], HU: ['hu', 'rom'] }

const slugOf = (text: string) => slugify(text) as string

/** Municipalities that run the generated demo centres (registered as organisations). */
export const municipalities: MunicipalitySeed[] = places.map(
  ([municipality, country, regionCode, , , , name]) => ({
    slug: slugOf(name),
    name,
    country,
    municipality,
    regionCode,
  }),
)

/**
 * Demo centres: the two documented ones plus, in each municipality, one or two centres of the
 * kinds that country's law provides for, so that filters and the map have something to show.
 */
export const centres: CentreSeed[] = [
  ...documented,
  ...places.flatMap(
    ([municipality, country, regionCode, lat, lng, postcode, organisationName], index) => {
      const kinds = templates[country]
      const chosen = [kinds[index % kinds.length], ...(index % 2 === 0 ? [kinds[(index + 1) % kinds.length]] : [])]
      return chosen.map((template, n) => {
        const name = template.name(municipality)
        return {
          slug: slugOf(name),
          name,
          organisationSlug: slugOf(organisationName),
          summary: template.summary,
          services: template.services,
          targetGroups: template.targetGroups,
          forms: template.forms,
          languages: languagesOf[country],
          accessibility: index % 3 === 0 ? ['step-free', 'public-transport'] : ['public-transport'],
          capacity: template.capacity,
          address: { street: undefined, postcode, municipality },
          regionCode,
          // spread several centres of one town a little apart so their markers do not overlap
          latitude: Number((lat + n * 0.004).toFixed(5)),
          longitude: Number((lng + n * 0.006).toFixed(5)),
          openingHours: template.openingHours,
        }
      })
    },
  ),
]

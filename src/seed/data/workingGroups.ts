// Demo content for the working groups module: members, groups, meetings (agenda, minutes,
// attendance, action items, comments) and materials (rendered as one-page PDFs by the seed).
//
// The Vysočina platform follows the project's source document (CZ.1.04/3.2.00/B4.00007,
// 1 Apr 2014 – 31 Oct 2015: 12–18 members, 12 meetings, analysis in all 15 ORP, 4 seminars,
// 5 excursions, 7 workshops, a final conference). Its minutes are illustrative demo records built
// around that document, not the project's actual minutes, and add no figures beyond it. The Vas
// County group follows the county pact's source document (its first meeting on 27 Oct 2022),
// which gives no minutes.
// All people are fictitious; every address ends in @example.org.
import type { Locale } from '@/i18n/locales'

export type PersonSeed = {
  key: string
  name: string
  email: string
  organisation: string
  language: Locale
}

/**
 * When a meeting happens, as wall-clock time in the group's time zone. Past meetings use a fixed
 * date; the recent and upcoming ones are relative to the day the seed runs.
 */
export type SeedWhen =
  | { date: string; start: string; end: string } // 'YYYY-MM-DD', 'HH:MM'
  | { daysFromNow: number; start: string; end: string }

export type AgendaSeed = {
  title: string
  presenter?: string
  public?: boolean
  discussion?: string
  decision?: string
  /** MaterialSeed keys */
  materials?: string[]
}

export type MeetingSeed = {
  group: string // GroupSeed.key
  /** the public event page of the same meeting, by its slug in ./events */
  eventSlug?: string
  number: number
  title?: string
  when: SeedWhen
  venue: string
  onlineUrl?: string // https only
  invitation?: string
  status: 'planned' | 'held' | 'minutes-draft' | 'minutes-review' | 'minutes-approved'
  agenda: AgendaSeed[]
  attendance?: { person: string; status: 'present' | 'excused' | 'absent' }[] // PersonSeed keys
  guests?: { name: string; organisation?: string }[]
  actionItems?: {
    task: string
    assignee?: string // PersonSeed.key
    assigneeName?: string
    dueDate: string | { daysFromNow: number } // 'YYYY-MM-DD'
    status: 'open' | 'in-progress' | 'done'
  }[]
  /** comments by members on agenda items (only for a meeting in 'minutes-review') */
  comments?: {
    person: string
    agendaIndex: number
    body: string
    resolved?: boolean
    response?: string
  }[]
}

export type GroupSeed = {
  key: string // also the slug, ascii lowercase with dashes
  name: Record<Locale, string>
  purpose: Record<Locale, string>
  publicDescription: Record<Locale, string>
  language: Locale // working language of the minutes
  timeZone: 'Europe/Prague' | 'Europe/Budapest' | 'Europe/Bratislava'
  regionCodes: string[] // NUTS 3 codes from regions.ts
  coordinators: string[] // PersonSeed keys
  members: string[] // PersonSeed keys (coordinators included)
  listedPublicly: boolean
}

export type MaterialSeed = {
  key: string
  group: string
  meetingNumber?: number
  title: string
  description?: string
  /** body text of a generated one-page PDF, 3–8 short paragraphs */
  paragraphs: string[]
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

const kuSocialni = 'Krajský úřad Kraje Vysočina – odbor sociálních věcí'

export const people: PersonSeed[] = [
  // Kraj Vysočina: regional office
  {
    key: 'vysocina-coordinator',
    name: 'Jana Dvořáková',
    email: 'coordinator@example.org',
    organisation: kuSocialni,
    language: 'cs',
  },
  {
    key: 'vysocina-romsky-koordinator',
    name: 'Petr Novotný',
    email: 'petr.novotny@example.org',
    organisation: `${kuSocialni} (krajský koordinátor pro romské záležitosti)`,
    language: 'cs',
  },
  {
    key: 'vysocina-projektova-manazerka',
    name: 'Markéta Šimková',
    email: 'marketa.simkova@example.org',
    organisation: `${kuSocialni} (projektová manažerka)`,
    language: 'cs',
  },
  // Kraj Vysočina: municipalities
  {
    key: 'vysocina-member',
    name: 'Zuzana Kováčová',
    email: 'member@example.org',
    organisation: 'Magistrát města Jihlavy – odbor sociálních věcí',
    language: 'sk',
  },
  {
    key: 'vysocina-trebic',
    name: 'Martina Procházková',
    email: 'martina.prochazkova@example.org',
    organisation: 'Městský úřad Třebíč – odbor sociálních věcí',
    language: 'cs',
  },
  {
    key: 'vysocina-havlickuv-brod',
    name: 'Tomáš Kratochvíl',
    email: 'tomas.kratochvil@example.org',
    organisation: 'Městský úřad Havlíčkův Brod – odbor sociálních věcí',
    language: 'cs',
  },
  {
    key: 'vysocina-zdar',
    name: 'Lenka Svobodová',
    email: 'lenka.svobodova@example.org',
    organisation: 'Městský úřad Žďár nad Sázavou – odbor sociálních věcí',
    language: 'cs',
  },
  {
    key: 'vysocina-pelhrimov',
    name: 'Jiří Malý',
    email: 'jiri.maly@example.org',
    organisation: 'Městský úřad Pelhřimov – odbor sociálních věcí',
    language: 'cs',
  },
  {
    key: 'vysocina-velke-mezirici',
    name: 'Hana Pospíšilová',
    email: 'hana.pospisilova@example.org',
    organisation: 'Městský úřad Velké Meziříčí – odbor sociálních věcí',
    language: 'cs',
  },
  // Kraj Vysočina: service providers
  {
    key: 'vysocina-och-jihlava',
    name: 'Pavel Černý',
    email: 'pavel.cerny@example.org',
    organisation: 'Oblastní charita Jihlava',
    language: 'cs',
  },
  {
    key: 'vysocina-och-trebic',
    name: 'Veronika Marková',
    email: 'veronika.markova@example.org',
    organisation: 'Oblastní charita Třebíč',
    language: 'cs',
  },
  {
    key: 'vysocina-och-havlickuv-brod',
    name: 'Ondřej Veselý',
    email: 'ondrej.vesely@example.org',
    organisation: 'Oblastní charita Havlíčkův Brod',
    language: 'cs',
  },
  // Kraj Vysočina: labour office, police, schools
  {
    key: 'vysocina-urad-prace',
    name: 'Eva Benešová',
    email: 'eva.benesova@example.org',
    organisation: 'Úřad práce ČR – krajská pobočka v Jihlavě',
    language: 'cs',
  },
  {
    key: 'vysocina-policie',
    name: 'Radek Doležal',
    email: 'radek.dolezal@example.org',
    organisation: 'Policie ČR – Krajské ředitelství policie kraje Vysočina, prevence kriminality',
    language: 'cs',
  },
  {
    key: 'vysocina-skola',
    name: 'Alena Kučerová',
    email: 'alena.kucerova@example.org',
    organisation: 'Základní škola v Třebíči – výchovná poradkyně',
    language: 'cs',
  },
  // Vas County
  {
    key: 'vas-coordinator',
    name: 'Németh Katalin',
    email: 'vas.coordinator@example.org',
    organisation: 'Vas Megyei Önkormányzat – paktumiroda',
    language: 'hu',
  },
  {
    key: 'vas-megyei-onkormanyzat',
    name: 'Horváth Gábor',
    email: 'gabor.horvath@example.org',
    organisation: 'Vas Megyei Önkormányzat – területfejlesztés',
    language: 'hu',
  },
  {
    key: 'vas-szombathely',
    name: 'Szabó Péter',
    email: 'peter.szabo@example.org',
    organisation: 'Szombathely Megyei Jogú Város Önkormányzata',
    language: 'hu',
  },
  {
    key: 'vas-koszeg',
    name: 'Varga Judit',
    email: 'judit.varga@example.org',
    organisation: 'Kőszeg Város Önkormányzata',
    language: 'hu',
  },
  {
    key: 'vas-sarvar',
    name: 'Molnár Zoltán',
    email: 'zoltan.molnar@example.org',
    organisation: 'Sárvár Város Önkormányzata',
    language: 'hu',
  },
  {
    key: 'vas-kormend',
    name: 'Kiss Andrea',
    email: 'andrea.kiss@example.org',
    organisation: 'Körmend Város Önkormányzata',
    language: 'hu',
  },
  {
    key: 'vas-kormanyhivatal',
    name: 'Farkas László',
    email: 'laszlo.farkas@example.org',
    organisation: 'Vas Megyei Kormányhivatal – Foglalkoztatási Főosztály',
    language: 'hu',
  },
  {
    key: 'vas-eselyteremto-partnerseg',
    name: 'Balogh Tünde',
    email: 'tunde.balogh@example.org',
    organisation: 'Vas megyei esélyteremtő partnerség',
    language: 'hu',
  },
  {
    key: 'vas-civil',
    name: 'Tóth Eszter',
    email: 'eszter.toth@example.org',
    organisation: 'Civil szervezet (családsegítés, közösségi munka), Szombathely',
    language: 'hu',
  },
  {
    key: 'vas-tarsadalmi-vallalkozas',
    name: 'Nagy Róbert',
    email: 'robert.nagy@example.org',
    organisation: 'Társadalmi vállalkozás (szociális szövetkezet), Körmend',
    language: 'hu',
  },
]

/** A person's name by key, so presenters stay in step with the list above. */
function nameOf(key: string): string {
  const person = people.find((p) => p.key === key)
  if (!person) throw new Error(`workingGroups seed: unknown person ${key}`)
  return person.name
}

// ---------------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------------

const vysocinaMembers = [
  'vysocina-coordinator',
  'vysocina-romsky-koordinator',
  'vysocina-projektova-manazerka',
  'vysocina-member',
  'vysocina-trebic',
  'vysocina-havlickuv-brod',
  'vysocina-zdar',
  'vysocina-pelhrimov',
  'vysocina-velke-mezirici',
  'vysocina-och-jihlava',
  'vysocina-och-trebic',
  'vysocina-och-havlickuv-brod',
  'vysocina-urad-prace',
  'vysocina-policie',
  'vysocina-skola',
]

const vasMembers = [
  'vas-coordinator',
  'vas-megyei-onkormanyzat',
  'vas-szombathely',
  'vas-koszeg',
  'vas-sarvar',
  'vas-kormend',
  'vas-kormanyhivatal',
  'vas-eselyteremto-partnerseg',
  'vas-civil',
  'vas-tarsadalmi-vallalkozas',
]

export const workingGroups: GroupSeed[] = [
  {
    key: 'vysocina-platform',
    name: {
      sk: 'Platforma aktérov pre integráciu rómskych lokalít Kraja Vysočina',
      cs: 'Platforma aktérů pro integraci romských lokalit Kraje Vysočina',
      hu: 'A Vysočina kerület roma lokalitásainak integrációját segítő szereplői platform',
      en: 'Platform of actors for the integration of Roma localities in the Vysočina Region',
    },
    purpose: {
      sk: 'Stála platforma aktérov, ktorí spolupôsobia pri riešení sociálneho vylúčenia príslušníkov rómskej menšiny v Kraji Vysočina: výmena informácií z obcí s rozšírenou pôsobnosťou, koordinácia siete začleňujúcich služieb a ich dostupnosti, kvality a kontroly a príprava vzdelávania pre verejnú správu a poskytovateľov služieb.',
      cs: 'Stálá platforma aktérů, kteří spolupůsobí při řešení sociálního vyloučení příslušníků romské menšiny v Kraji Vysočina: výměna informací z obcí s rozšířenou působností, koordinace sítě začleňujících služeb a jejich dostupnosti, kvality a kontroly a příprava vzdělávání pro veřejnou správu a poskytovatele služeb.',
      hu: 'Állandó platform azoknak a szereplőknek, akik közösen dolgoznak a roma kisebbséghez tartozók társadalmi kirekesztődésének kezelésén a Vysočina kerületben: információcsere a kiterjesztett hatáskörű településekről, a befogadást segítő szolgáltatási háló, valamint annak elérhetősége, minősége és ellenőrzése összehangolása, továbbá képzések szervezése a közigazgatás és a szolgáltatók számára.',
      en: 'A standing platform of the actors who work together on the social exclusion of members of the Roma minority in the Vysočina Region: sharing information from the municipalities with extended powers, coordinating the network of inclusive services and their availability, quality and oversight, and preparing training for public administration and service providers.',
    },
    publicDescription: {
      sk: 'Platforma vznikla v roku 2014 v projekte Kraja Vysočina Podpora sociálnej integrácie príslušníkov rómskych lokalít v Kraji Vysočina (CZ.1.04/3.2.00/B4.00007). Združuje zástupcov krajského úradu, obcí, poskytovateľov sociálnych služieb, úradu práce, polície a škôl. Počas projektu mala priebežne 12 až 18 členov a stretla sa 12-krát; stretnutia členov pokračujú aj po skončení projektu.',
      cs: 'Platforma vznikla v roce 2014 v projektu Kraje Vysočina Podpora sociální integrace příslušníků romských lokalit v Kraji Vysočina (CZ.1.04/3.2.00/B4.00007). Sdružuje zástupce krajského úřadu, obcí, poskytovatelů sociálních služeb, úřadu práce, policie a škol. V průběhu projektu měla průběžně 12–18 členů a sešla se na 12 setkáních; setkávání členů pokračuje i po skončení projektu.',
      hu: 'A platform 2014-ben jött létre a Vysočina kerület „A Vysočina kerület roma lokalitásaiban élők társadalmi integrációjának támogatása” című projektjében (CZ.1.04/3.2.00/B4.00007). Tagjai a kerületi hivatal, a települések, a szociális szolgáltatók, a munkaügyi hivatal, a rendőrség és az iskolák képviselői. A projekt idején folyamatosan 12–18 tagja volt, és 12 ülést tartott; a tagok a projekt lezárása után is rendszeresen találkoznak.',
      en: 'The platform was set up in 2014 in the Vysočina Region’s project “Support for the social integration of members of Roma localities in the Vysočina Region” (CZ.1.04/3.2.00/B4.00007). It brings together the regional office, municipalities, social service providers, the labour office, the police and schools. During the project it had 12–18 members and met 12 times; its members have kept meeting since the project ended.',
    },
    language: 'cs',
    timeZone: 'Europe/Prague',
    regionCodes: ['CZ063'],
    coordinators: ['vysocina-coordinator'],
    members: vysocinaMembers,
    listedPublicly: true,
  },
  {
    key: 'vas-szocialis-gondoskodas',
    name: {
      sk: 'Pracovná skupina Sociálna starostlivosť',
      cs: 'Pracovní skupina Sociální péče',
      hu: 'Szociális gondoskodás munkacsoport',
      en: 'Social care working group',
    },
    purpose: {
      sk: 'Pracovná skupina Paktu zamestnanosti a hospodárskeho rozvoja župy Vas mapuje úlohu sociálnej ekonomiky v župe, jej aktérov a možnosti jej rozvoja, aby pribúdali pracovné príležitosti pre najviac znevýhodnené cieľové skupiny.',
      cs: 'Pracovní skupina Paktu zaměstnanosti a hospodářského rozvoje župy Vas mapuje roli sociální ekonomiky v župě, její aktéry a možnosti jejího rozvoje, aby přibývalo pracovních příležitostí pro nejvíce znevýhodněné cílové skupiny.',
      hu: 'A Vas megyei foglalkoztatási-gazdaságfejlesztési paktum munkacsoportja a szociális gazdaság megyei szerepét, szereplőit és fejlesztési lehetőségeit tárja fel, hogy bővüljenek a leghátrányosabb helyzetű célcsoportok számára munkát és esélyt kínáló foglalkoztatási lehetőségek.',
      en: 'A working group of the Vas County employment and economic development pact that maps the role of the social economy in the county, its actors and how it can grow, so that there are more job opportunities for the most disadvantaged target groups.',
    },
    publicDescription: {
      sk: 'Konzorcium vedené samosprávou župy Vas získalo podporu na prevádzku Paktu zamestnanosti a hospodárskeho rozvoja župy Vas, ktorý už obsahuje aj zložku rozvoja sociálnej ekonomiky. Pracovná skupina Sociálna starostlivosť poskytuje mimovládnym organizáciám, podnikom a miestnym samosprávam základné informácie, aby sa mohli stať aktívnymi miestnymi aktérmi sociálnej ekonomiky a posilniť svoju schopnosť získavať zdroje. Spolupracuje so župným partnerstvom pre rovnosť príležitostí.',
      cs: 'Konsorcium vedené samosprávou župy Vas získalo podporu na provoz Paktu zaměstnanosti a hospodářského rozvoje župy Vas, který už obsahuje i složku rozvoje sociální ekonomiky. Pracovní skupina Sociální péče poskytuje neziskovým organizacím, podnikům a místním samosprávám základní informace, aby se mohly stát aktivními místními aktéry sociální ekonomiky a posílit svou schopnost získávat zdroje. Spolupracuje se župním partnerstvím pro rovné příležitosti.',
      hu: 'A Vas Megyei Önkormányzat által vezetett konzorcium támogatást nyert a Vas megyei foglalkoztatási-gazdaságfejlesztési paktum működtetésére, amely már szociális gazdaságfejlesztési komponenst is tartalmaz. A Szociális gondoskodás munkacsoport alapvető információkkal segíti a civil szervezeteket, vállalkozásokat és helyi önkormányzatokat abban, hogy a szociális gazdaság aktív helyi szereplőivé váljanak, és növeljék forrásszerzési képességüket. A munkacsoport együttműködik a megyei esélyteremtő partnerséggel.',
      en: 'A consortium led by Vas County Council won funding to run the Vas County employment and economic development pact, which now includes a social economy development component. The “Social care” working group gives NGOs, businesses and local governments the basic information they need to become active local players in the social economy and to raise more funding. It works closely with the county equal-opportunities partnership.',
    },
    language: 'hu',
    timeZone: 'Europe/Budapest',
    regionCodes: ['HU222'],
    coordinators: ['vas-coordinator'],
    members: vasMembers,
    listedPublicly: true,
  },
]

// ---------------------------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------------------------

const krajskyUrad = 'Krajský úřad Kraje Vysočina, Žižkova 57, Jihlava'
const mestskyUradTrebic = 'Městský úřad Třebíč, zasedací místnost, Třebíč'
const mestskyUradHavlickuvBrod = 'Městský úřad Havlíčkův Brod, zasedací místnost, Havlíčkův Brod'
const mestskyUradZdar = 'Městský úřad Žďár nad Sázavou, zasedací místnost, Žďár nad Sázavou'

/** Guest of the early meetings: the team that carried out the analysis in the 15 ORP. */
const analysisGuest = { name: 'Ivana Burešová', organisation: 'zpracovatel analýzy v 15 ORP' }

/** Attendance of the whole platform: everyone present except those listed. */
function attendance(
  excused: string[],
  absent: string[] = [],
): NonNullable<MeetingSeed['attendance']> {
  return vysocinaMembers.map((person) => ({
    person,
    status: excused.includes(person) ? 'excused' : absent.includes(person) ? 'absent' : 'present',
  }))
}

const coordinator = nameOf('vysocina-coordinator')
const romskyKoordinator = nameOf('vysocina-romsky-koordinator')
const projektovaManazerka = nameOf('vysocina-projektova-manazerka')

const vysocinaHistory: MeetingSeed[] = [
  {
    group: 'vysocina-platform',
    number: 1,
    title: 'Ustavující setkání platformy',
    when: { date: '2014-05-21', start: '10:00', end: '12:30' },
    venue: krajskyUrad,
    status: 'minutes-approved',
    agenda: [
      {
        title:
          'Zahájení a představení projektu Podpora sociální integrace příslušníků romských lokalit v Kraji Vysočina',
        presenter: coordinator,
        public: true,
        discussion:
          'Koordinátorka představila cíle projektu CZ.1.04/3.2.00/B4.00007, jeho klíčové aktivity a dobu realizace od 1. 4. 2014 do 31. 10. 2015. Členové se představili a popsali, jak se ve své práci setkávají se sociálním vyloučením.',
        decision: 'Platforma bere informace o projektu na vědomí.',
      },
      {
        title: 'Pravidla fungování platformy',
        presenter: projektovaManazerka,
        materials: ['vysocina-pravidla-platformy'],
        discussion:
          'Návrh pravidel byl členům zaslán předem. Diskutovalo se o četnosti setkání, o zastupování členů a o postupu při schvalování zápisů; připomínky byly zapracovány přímo na jednání.',
        decision: 'Platforma schvaluje pravidla fungování ve znění zapracovaných připomínek.',
      },
      {
        title: 'Zadání analýzy sociálního vyloučení ve všech 15 ORP',
        presenter: romskyKoordinator,
        discussion:
          'Zástupkyně zpracovatele představila postup analýzy, která má sloužit řízení politiky sociálního začleňování a plánování efektivní a udržitelné sítě služeb. Zpracovatel bude potřebovat součinnost obcí s rozšířenou působností.',
        decision: 'Zástupci ORP v platformě určí do 6. 6. 2014 kontaktní osoby pro analýzu.',
      },
      {
        title: 'Vzdělávací aktivity projektu a termín dalšího setkání',
        presenter: projektovaManazerka,
        discussion:
          'Byl představen plán 4 seminářů, 5 exkurzí a 7 workshopů pro členy platformy, pracovníky veřejné správy a poskytovatele služeb. Seminář 1 proběhne 12. 6. 2014.',
        decision: 'Další setkání platformy se uskuteční 9. 7. 2014.',
      },
    ],
    attendance: attendance(['vysocina-velke-mezirici'], ['vysocina-policie']),
    guests: [analysisGuest],
    actionItems: [
      {
        task: 'Rozeslat schválená pravidla fungování platformy všem členům.',
        assignee: 'vysocina-coordinator',
        dueDate: '2014-05-30',
        status: 'done',
      },
      {
        task: 'Sdělit zpracovateli analýzy kontaktní osoby za jednotlivé ORP.',
        assigneeName: 'zástupci ORP v platformě',
        dueDate: '2014-06-06',
        status: 'done',
      },
      {
        task: 'Rozeslat pozvánky na Seminář 1 a Workshop 1.',
        assignee: 'vysocina-projektova-manazerka',
        dueDate: '2014-05-30',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 2,
    when: { date: '2014-07-09', start: '10:00', end: '12:00' },
    venue: krajskyUrad,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Kontrola úkolů z ustavujícího setkání',
        presenter: coordinator,
        discussion:
          'Pravidla fungování platformy byla rozeslána a kontaktní osoby pro analýzu byly určeny ve všech ORP.',
        decision: 'Úkoly z 1. setkání jsou splněny.',
      },
      {
        title: 'Průběh analýzy v ORP – informace zpracovatele',
        presenter: analysisGuest.name,
        discussion:
          'Zpracovatel zahájil sběr podkladů a rozhovory s pracovníky obcí a poskytovatelů služeb. Členové doporučili zapojit v menších ORP také sociální pracovníky obcí.',
        decision: 'Předběžné výstupy analýzy budou představeny na zářijovém setkání.',
      },
      {
        title: 'Podporované sociální služby: TP Sovy, NZDM Erko a NZDM Ambrela',
        presenter: `${nameOf('vysocina-och-jihlava')}, ${nameOf('vysocina-och-trebic')}`,
        discussion:
          'Zástupci Oblastní charity Jihlava a Oblastní charity Třebíč představili služby podpořené z projektu: terénní programy Sovy pro cílovou skupinu nad 15 let a nízkoprahová zařízení Erko a Ambrela pro mládež od 15 do 26 let. Diskutovalo se o návaznosti na sociální práci obcí a na úřad práce.',
        decision:
          'Poskytovatelé budou platformu na každém setkání stručně informovat o průběhu služeb.',
      },
      {
        title: 'Zhodnocení Semináře 1 a Workshopu 1, plán vzdělávání na podzim 2014',
        presenter: projektovaManazerka,
        discussion:
          'Účastníci hodnotili obě akce kladně a žádali více praktických příkladů z obcí. Na podzim jsou naplánovány Exkurze 1 do NZDM Erko, Workshop 2 o terénní práci a Seminář 2 o prevenci sociálního vyloučení dětí a mládeže.',
        decision: 'Platforma souhlasí s plánem vzdělávacích aktivit na podzim 2014.',
      },
    ],
    attendance: attendance(['vysocina-zdar', 'vysocina-skola'], ['vysocina-pelhrimov']),
    guests: [analysisGuest],
    actionItems: [
      {
        task: 'Zaslat zpracovateli analýzy kontakty na sociální pracovníky obcí v ORP Havlíčkův Brod.',
        assignee: 'vysocina-havlickuv-brod',
        dueDate: '2014-07-31',
        status: 'done',
      },
      {
        task: 'Rozeslat pozvánky na Exkurzi 1 a Workshop 2.',
        assignee: 'vysocina-projektova-manazerka',
        dueDate: '2014-08-22',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 3,
    when: { date: '2014-09-03', start: '10:00', end: '12:00' },
    venue: mestskyUradTrebic,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Průběh terénního šetření analýzy v ORP',
        presenter: analysisGuest.name,
        discussion:
          'Zpracovatel informoval o průběhu šetření; sběr podkladů ještě není ve všech ORP dokončen. Členové doplnili informace o lokalitách, kde se situace v poslední době změnila.',
        decision: 'Shrnutí analýzy bude představeno na říjnovém setkání.',
      },
      {
        title: 'Pilotní ověření procesu sociálního začleňování v Jihlavě a Třebíči',
        presenter: coordinator,
        discussion:
          'V Jihlavě a Třebíči bude vybrána vždy jedna skupina příslušníků cílové skupiny, která absolvuje pět seminářů. Témata seminářů vzejdou z potřeb zjištěných v plánech sociálního začleňování.',
        decision:
          'Výběr skupin zajistí poskytovatelé služeb ve spolupráci se sociálními odbory obou měst.',
      },
      {
        title: 'Příprava Exkurze 1 (NZDM Erko, 11. 9. 2014) a Workshopu 2 (25. 9. 2014)',
        presenter: nameOf('vysocina-och-jihlava'),
        discussion:
          'Oblastní charita Jihlava připraví program exkurze včetně setkání s pracovníky zařízení. Workshop 2 se zaměří na první kontakt s klientem a zprostředkování návazných služeb.',
        decision: 'Platforma schvaluje program exkurze a workshopu.',
      },
      {
        title: 'Různé',
        presenter: coordinator,
        discussion:
          'Zástupkyně základní školy navrhla věnovat jeden z workshopů spolupráci škol a sociálních služeb.',
        decision: 'Námět bude zařazen do plánu workshopů na rok 2015.',
      },
    ],
    attendance: attendance(
      ['vysocina-policie', 'vysocina-urad-prace'],
      ['vysocina-velke-mezirici'],
    ),
    guests: [analysisGuest],
    actionItems: [
      {
        task: 'Navrhnout složení pilotní skupiny v Jihlavě.',
        assignee: 'vysocina-och-jihlava',
        dueDate: '2014-10-03',
        status: 'done',
      },
      {
        task: 'Navrhnout složení pilotní skupiny v Třebíči.',
        assignee: 'vysocina-och-trebic',
        dueDate: '2014-10-03',
        status: 'done',
      },
      {
        task: 'Připravit námět workshopu o spolupráci škol a sociálních služeb.',
        assignee: 'vysocina-skola',
        dueDate: '2014-11-26',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 4,
    title: 'Představení analýzy v 15 ORP',
    when: { date: '2014-10-08', start: '10:00', end: '12:30' },
    venue: krajskyUrad,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Analýza sociálního vyloučení v 15 ORP Kraje Vysočina – shrnutí',
        presenter: analysisGuest.name,
        public: true,
        materials: ['vysocina-analyza-shrnuti'],
        discussion:
          'Zpracovatel představil shrnutí analýzy provedené ve všech 15 ORP kraje. Analýza popisuje situaci v lokalitách, dostupnost služeb a spolupráci aktérů a formuluje doporučení pro řízení politiky sociálního začleňování.',
        decision:
          'Platforma bere shrnutí analýzy na vědomí; připomínky lze zaslat do 24. 10. 2014.',
      },
      {
        title: 'Doporučení pro síť sociálních služeb: stabilizace a rozšíření',
        presenter: romskyKoordinator,
        discussion:
          'Diskutovalo se o tom, kde analýza identifikovala potřebu rozšíření služeb a jak stabilizovat služby podporované z projektu. Zástupci obcí upozornili na návaznost na komunitní plánování sociálních služeb.',
        decision:
          'Krajský úřad připraví návrh postupu k zapracování doporučení analýzy do plánování sítě služeb kraje.',
      },
      {
        title: 'Seminář 2: Prevence sociálního vyloučení dětí a mládeže (22. 10. 2014)',
        presenter: projektovaManazerka,
        materials: ['vysocina-program-seminare-2'],
        discussion:
          'Byl představen program semináře; na jeho přípravě se podílejí pracovníci NZDM Erko a Ambrela.',
        decision: 'Členové platformy rozšíří pozvánku mezi pracovníky obcí a škol ve svých ORP.',
      },
      {
        title: 'Informace poskytovatelů o průběhu podporovaných služeb',
        presenter: nameOf('vysocina-och-trebic'),
        discussion:
          'Oblastní charita Třebíč a Oblastní charita Jihlava informovaly o provozu podporovaných služeb; závažné problémy nebyly hlášeny.',
        decision: 'Platforma bere informace na vědomí.',
      },
    ],
    guests: [analysisGuest],
    actionItems: [
      {
        task: 'Zaslat koordinátorce připomínky ke shrnutí analýzy.',
        assigneeName: 'všichni členové platformy',
        dueDate: '2014-10-24',
        status: 'done',
      },
      {
        task: 'Připravit návrh postupu k zapracování doporučení analýzy.',
        assignee: 'vysocina-romsky-koordinator',
        dueDate: '2014-11-21',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 5,
    when: { date: '2014-11-26', start: '10:00', end: '12:00' },
    venue: mestskyUradHavlickuvBrod,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Kontrola úkolů a vypořádání připomínek k analýze',
        presenter: coordinator,
        discussion:
          'Připomínky členů byly předány zpracovateli a zapracovány do konečného znění analýzy. Návrh postupu k zapracování doporučení předložil krajský koordinátor pro romské záležitosti.',
        decision: 'Konečné znění analýzy bude členům rozesláno elektronicky.',
      },
      {
        title: 'Situace v ORP Havlíčkův Brod',
        presenter: nameOf('vysocina-havlickuv-brod'),
        discussion:
          'Zástupce města popsal spolupráci odboru sociálních věcí s Oblastní charitou Havlíčkův Brod a s úřadem práce při práci s rodinami v lokalitách.',
        decision: 'Platforma bere informace na vědomí.',
      },
      {
        title: 'Zadluženost – příprava Workshopu 3 (4. 12. 2014) a Semináře 3 (21. 1. 2015)',
        presenter: nameOf('vysocina-och-havlickuv-brod'),
        discussion:
          'Workshop bude pracovat s anonymizovanými kazuistikami; seminář se zaměří na místo dluhového poradenství v síti služeb a na předávání klientů specializovaným poradnám.',
        decision: 'Program workshopu a semináře byl schválen.',
      },
      {
        title: 'Harmonogram setkání platformy na rok 2015',
        presenter: coordinator,
        discussion:
          'Setkání se budou konat zpravidla jednou za šest až osm týdnů, některá z nich na městských úřadech v ORP.',
        decision: 'Harmonogram setkání na rok 2015 byl schválen.',
      },
    ],
    actionItems: [
      {
        task: 'Rozeslat členům konečné znění analýzy.',
        assignee: 'vysocina-coordinator',
        dueDate: '2014-12-12',
        status: 'done',
      },
      {
        task: 'Rozeslat harmonogram setkání na rok 2015.',
        assignee: 'vysocina-projektova-manazerka',
        dueDate: '2014-12-12',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 6,
    when: { date: '2015-01-14', start: '10:00', end: '12:00' },
    venue: krajskyUrad,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Průběh pilotních seminářů pro cílovou skupinu v Jihlavě a Třebíči',
        presenter: nameOf('vysocina-och-jihlava'),
        discussion:
          'Obě skupiny zahájily cyklus pěti seminářů o zaměstnanosti, sociálních dávkách, kariérním poradenství, zadluženosti a sociální integraci.',
        decision: 'Poskytovatelé představí průběžné výsledky pilotu na jarním setkání.',
      },
      {
        title: 'Spolupráce s Úřadem práce ČR',
        presenter: nameOf('vysocina-urad-prace'),
        discussion:
          'Zástupkyně úřadu práce informovala o možnostech zapojení účastníků pilotu do rekvalifikačních kurzů a o kontaktních pracovištích v kraji.',
        decision: 'Úřad práce připraví pro Exkurzi 4 program na kontaktním pracovišti v Jihlavě.',
      },
      {
        title: 'Exkurze 3 (NZDM Ambrela, 12. 2. 2015) a Workshop 4 (26. 2. 2015)',
        presenter: nameOf('vysocina-och-trebic'),
        discussion:
          'Exkurze umožní porovnat práci dvou nízkoprahových zařízení podpořených v projektu. Workshop 4 povedou pracovníci obou zařízení.',
        decision: 'Program exkurze a workshopu byl schválen.',
      },
    ],
    actionItems: [
      {
        task: 'Navrhnout program Exkurze 4 na kontaktní pracoviště Úřadu práce ČR v Jihlavě.',
        assignee: 'vysocina-urad-prace',
        dueDate: '2015-04-08',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 7,
    when: { date: '2015-02-18', start: '10:00', end: '12:00' },
    venue: mestskyUradTrebic,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Zkušenosti z Exkurze 3 do NZDM Ambrela',
        presenter: nameOf('vysocina-och-trebic'),
        discussion:
          'Účastníci ocenili možnost porovnat práci dvou nízkoprahových zařízení. Diskutovalo se o motivaci mladých lidí ke vzdělávání a hledání práce.',
        decision: 'Platforma bere informace na vědomí.',
      },
      {
        title: 'Prevence kriminality v sociálně vyloučených lokalitách',
        presenter: nameOf('vysocina-policie'),
        discussion:
          'Zástupce Policie ČR představil preventivní aktivity v lokalitách a nabídl spolupráci při besedách v nízkoprahových zařízeních.',
        decision: 'Poskytovatelé a policie domluví společné preventivní besedy.',
      },
      {
        title:
          'Příprava Semináře 4 (25. 3. 2015) a Workshopu 5 o spolupráci škol a sociálních služeb',
        presenter: `${projektovaManazerka}, ${nameOf('vysocina-skola')}`,
        discussion:
          'Seminář 4 naváže na pilotní ověření v Jihlavě a Třebíči. Workshop 5 připraví zástupkyně základní školy spolu s pracovníky NZDM Ambrela.',
        decision: 'Program Semináře 4 a osnova Workshopu 5 byly schváleny.',
      },
    ],
    actionItems: [
      {
        task: 'Domluvit termíny preventivních besed v NZDM Erko a Ambrela.',
        assignee: 'vysocina-policie',
        dueDate: '2015-03-31',
        status: 'done',
      },
      {
        task: 'Připravit podrobnou osnovu Workshopu 5.',
        assignee: 'vysocina-skola',
        dueDate: '2015-03-27',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 8,
    when: { date: '2015-04-08', start: '10:00', end: '12:00' },
    venue: krajskyUrad,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Průběžné výsledky pilotního ověření',
        presenter: nameOf('vysocina-och-jihlava'),
        discussion:
          'Obě skupiny dokončují cyklus seminářů. Několik účastníků začalo pracovat nebo se přihlásilo do rekvalifikačního kurzu; souhrnné vyhodnocení bude k dispozici na podzim.',
        decision: 'Platforma bere informace na vědomí.',
      },
      {
        title: 'Udržitelnost podporovaných služeb po skončení projektu',
        presenter: romskyKoordinator,
        discussion:
          'Diskutovalo se o financování terénních programů a nízkoprahových zařízení po 31. 10. 2015 a o jejich místě v krajské síti sociálních služeb.',
        decision: 'Téma bude samostatně zpracováno na Workshopu 7 v září 2015.',
      },
      {
        title: 'Exkurze 4 na Úřad práce (21. 5. 2015) a Workshop 6 o bydlení (4. 6. 2015)',
        presenter: nameOf('vysocina-urad-prace'),
        discussion:
          'Úřad práce představil návrh programu exkurze. Workshop 6 se bude věnovat roli obcí, sociálních služeb a úřadu práce při hledání a udržení bydlení.',
        decision: 'Program exkurze a workshopu byl schválen.',
      },
      {
        title: 'Různé',
        presenter: coordinator,
        discussion:
          'Koordinátorka informovala o přípravě závěrečné konference projektu, která se uskuteční v říjnu 2015.',
        decision: 'Koncepce konference bude projednána na příštím setkání.',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 9,
    when: { date: '2015-05-13', start: '10:00', end: '12:00' },
    venue: mestskyUradZdar,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Situace v ORP Žďár nad Sázavou',
        presenter: nameOf('vysocina-zdar'),
        discussion:
          'Zástupkyně města popsala spolupráci s poskytovateli služeb a se školami v ORP a požádala o zapojení města do dalších vzdělávacích akcí.',
        decision:
          'Pozvánky na zbývající akce projektu budou zasílány i sociálním pracovníkům obcí v ORP Žďár nad Sázavou.',
      },
      {
        title: 'Podporované služby v krajské síti sociálních služeb',
        presenter: romskyKoordinator,
        discussion:
          'Krajský úřad vysvětlil postup zařazení služeb do krajské sítě. Poskytovatelé se zajímali o termíny a potřebné podklady.',
        decision:
          'Krajský úřad připraví pro poskytovatele písemnou informaci k postupu zařazení do sítě.',
      },
      {
        title: 'Exkurze 5: Sociální práce obce v Třebíči (18. 6. 2015)',
        presenter: nameOf('vysocina-trebic'),
        discussion:
          'Město Třebíč představí při exkurzi organizaci sociální práce obce a spolupráci s Oblastní charitou Třebíč.',
        decision: 'Program exkurze byl schválen.',
      },
      {
        title: 'Koncepce závěrečné konference',
        presenter: coordinator,
        discussion:
          'Konference představí výsledky všech klíčových aktivit projektu a dá prostor obcím a poskytovatelům. Členové navrhli zařadit blok o pokračování platformy.',
        decision:
          'Koncepce byla schválena; konference se uskuteční 15. 10. 2015 na krajském úřadě.',
      },
    ],
    actionItems: [
      {
        task: 'Připravit pro poskytovatele informaci k postupu zařazení služeb do krajské sítě.',
        assignee: 'vysocina-romsky-koordinator',
        dueDate: '2015-06-19',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 10,
    when: { date: '2015-06-24', start: '10:00', end: '12:00' },
    venue: krajskyUrad,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Zhodnocení exkurzí a workshopů v 1. pololetí 2015',
        presenter: projektovaManazerka,
        discussion:
          'Členové hodnotili zejména exkurze jako přínosné pro navázání spolupráce mezi obcemi a poskytovateli. Do konce projektu zbývá uspořádat Workshop 7.',
        decision: 'Platforma bere zhodnocení na vědomí.',
      },
      {
        title: 'Závěrečná konference – program a okruh pozvaných',
        presenter: coordinator,
        discussion:
          'Byl projednán návrh programu konference. Členové doporučili pozvat také zástupce obcí, které v platformě zastoupeny nejsou.',
        decision: 'Členové zašlou návrhy řečníků a pozvaných do 31. 7. 2015.',
      },
      {
        title: 'Pokračování platformy po skončení projektu – úvodní diskuse',
        presenter: romskyKoordinator,
        discussion:
          'Členové se shodli, že setkávání je užitečné a mělo by pokračovat i bez projektového financování. Diskutovalo se o četnosti setkání a o tom, kdo je bude svolávat.',
        decision: 'Návrh způsobu pokračování připraví krajský úřad do zářijového setkání.',
      },
      {
        title: 'Informace poskytovatelů',
        presenter: nameOf('vysocina-och-havlickuv-brod'),
        discussion: 'Poskytovatelé informovali o provozu služeb v letních měsících.',
        decision: 'Platforma bere informace na vědomí.',
      },
    ],
    attendance: attendance(
      ['vysocina-skola', 'vysocina-pelhrimov', 'vysocina-policie'],
      ['vysocina-velke-mezirici'],
    ),
    actionItems: [
      {
        task: 'Zaslat návrhy řečníků a pozvaných na závěrečnou konferenci.',
        assigneeName: 'všichni členové platformy',
        dueDate: '2015-07-31',
        status: 'done',
      },
      {
        task: 'Připravit návrh způsobu pokračování platformy po skončení projektu.',
        assignee: 'vysocina-romsky-koordinator',
        dueDate: '2015-09-04',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 11,
    when: { date: '2015-09-09', start: '10:00', end: '12:30' },
    venue: krajskyUrad,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Informace o závěrečné konferenci (15. 10. 2015)',
        presenter: coordinator,
        public: true,
        materials: ['vysocina-pozvanka-konference'],
        discussion:
          'Koordinátorka představila program konference. Konference je určena členům platformy, pracovníkům veřejné správy, poskytovatelům sociálních služeb a dalším zájemcům z kraje.',
        decision:
          'Program závěrečné konference byl schválen; pozvánky budou rozeslány do 18. 9. 2015.',
      },
      {
        title: 'Výstupy pilotního ověření v Jihlavě a Třebíči',
        presenter: nameOf('vysocina-och-trebic'),
        discussion:
          'Obě skupiny absolvovaly pět seminářů o zaměstnanosti, sociálních dávkách, kariérním poradenství, zadluženosti a sociální integraci. Několik účastníků našlo zaměstnání nebo bylo zařazeno do rekvalifikačních kurzů.',
        decision: 'Výstupy pilotu budou představeny na závěrečné konferenci.',
      },
      {
        title: 'Workshop 7: Udržitelnost sítě služeb po skončení projektu (17. 9. 2015)',
        presenter: romskyKoordinator,
        discussion:
          'Workshop naváže na jarní diskusi o financování podporovaných služeb a o jejich místě v krajské síti sociálních služeb.',
        decision: 'Platforma schvaluje program workshopu.',
      },
      {
        title: 'Návrh pokračování platformy po skončení projektu',
        presenter: romskyKoordinator,
        discussion:
          'Krajský úřad navrhl, aby platformu i nadále svolával odbor sociálních věcí, a to několikrát ročně. Členové s návrhem v zásadě souhlasili.',
        decision: 'Návrh bude definitivně projednán na 12. setkání.',
      },
    ],
    attendance: attendance(['vysocina-zdar'], ['vysocina-urad-prace']),
    actionItems: [
      {
        task: 'Rozeslat pozvánky na závěrečnou konferenci.',
        assignee: 'vysocina-projektova-manazerka',
        dueDate: '2015-09-18',
        status: 'done',
      },
      {
        task: 'Dodat podklady o průběhu podporovaných služeb pro závěrečnou zprávu projektu.',
        assigneeName: 'poskytovatelé služeb (Oblastní charita Jihlava, Oblastní charita Třebíč)',
        dueDate: '2015-10-09',
        status: 'done',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 12,
    title: 'Závěrečné setkání platformy v projektu',
    when: { date: '2015-10-21', start: '10:00', end: '12:30' },
    venue: krajskyUrad,
    status: 'minutes-approved',
    agenda: [
      {
        title: 'Ohlédnutí za závěrečnou konferencí',
        presenter: coordinator,
        discussion:
          'Konference proběhla 15. 10. 2015 na krajském úřadě. Členové ocenili prostor pro sdílení zkušeností obcí a poskytovatelů služeb.',
        decision: 'Platforma bere informace na vědomí.',
      },
      {
        title: 'Shrnutí výsledků projektu',
        presenter: projektovaManazerka,
        public: true,
        discussion:
          'Analýza byla zpracována ve všech 15 ORP kraje, platforma se sešla na 12 setkáních a pro členy platformy, veřejnou správu a poskytovatele proběhly 4 semináře, 5 exkurzí, 7 workshopů a závěrečná konference. Podpořeny byly terénní programy Sovy a nízkoprahová zařízení Erko a Ambrela.',
        decision: 'Platforma bere shrnutí výsledků na vědomí.',
      },
      {
        title: 'Pokračování platformy po skončení projektu',
        presenter: romskyKoordinator,
        discussion:
          'Členové souhlasili s pokračováním setkávání i po 31. 10. 2015. Svolávání setkání a vedení zápisů zajistí odbor sociálních věcí krajského úřadu.',
        decision: 'Platforma bude pokračovat ve svém setkávání i po skončení projektu.',
      },
      {
        title: 'Poděkování a závěr',
        presenter: coordinator,
        discussion:
          'Koordinátorka poděkovala členům i hostům za spolupráci po celou dobu projektu.',
        decision: 'Termín dalšího setkání oznámí krajský úřad.',
      },
    ],
    attendance: attendance(['vysocina-havlickuv-brod'], ['vysocina-pelhrimov']),
    guests: [
      analysisGuest,
      {
        name: 'Jaroslav Hájek',
        organisation: 'Krajský úřad Kraje Vysočina – odbor školství, mládeže a sportu',
      },
    ],
    actionItems: [
      {
        task: 'Zaslat členům závěrečné shrnutí výsledků projektu.',
        assignee: 'vysocina-projektova-manazerka',
        dueDate: '2015-10-30',
        status: 'done',
      },
    ],
  },
]

const vysocinaCurrent: MeetingSeed[] = [
  {
    group: 'vysocina-platform',
    number: 13,
    title: 'Situace v lokalitách a síť služeb',
    when: { daysFromNow: -10, start: '09:30', end: '12:00' },
    venue: krajskyUrad,
    status: 'minutes-review',
    agenda: [
      {
        title: 'Zahájení a schválení programu',
        presenter: coordinator,
        discussion:
          'Koordinátorka přivítala členy a představila program. K programu nebyly vzneseny připomínky.',
        decision: 'Program jednání byl schválen.',
      },
      {
        title: 'Aktuální situace v sociálně vyloučených lokalitách – informace z ORP',
        presenter: romskyKoordinator,
        discussion:
          'Zástupci obcí stručně informovali o vývoji v lokalitách svých ORP. Opakovaně zaznělo téma dostupného bydlení a zadluženosti rodin.',
        decision: 'Krajský úřad shromáždí písemné podklady z ORP pro jednání č. 14.',
      },
      {
        title: 'Síť služeb: terénní programy a nízkoprahová zařízení',
        presenter: nameOf('vysocina-och-jihlava'),
        discussion:
          'Oblastní charita Jihlava a Oblastní charita Třebíč informovaly o provozu terénních programů a nízkoprahových zařízení a upozornily na obtížné obsazování míst terénních pracovníků. Oblastní charita Třebíč nabídla členům platformy možnost navštívit NZDM Ambrela po předchozí domluvě.',
        decision: 'Personální zajištění služeb bude zařazeno na program jednání č. 14.',
      },
      {
        title: 'Spolupráce škol a sociálních služeb',
        presenter: nameOf('vysocina-skola'),
        discussion:
          'Zástupkyně základní školy představila zkušenosti se spoluprací s nízkoprahovým zařízením při podpoře žáků ohrožených předčasným odchodem ze vzdělávání. Magistrát města Jihlavy připraví obdobný přehled za Jihlavu.',
        decision:
          'Přehled spolupráce škol a sociálních služeb v Jihlavě bude předložen na jednání č. 14.',
      },
      {
        title: 'Termín a forma dalšího jednání',
        presenter: coordinator,
        discussion: 'Členové ze vzdálenějších ORP požádali o možnost připojit se k jednání online.',
        decision: 'Jednání č. 14 se uskuteční na krajském úřadě s možností online připojení.',
      },
    ],
    attendance: attendance(['vysocina-pelhrimov', 'vysocina-policie'], ['vysocina-velke-mezirici']),
    actionItems: [
      {
        task: 'Zaslat krajskému úřadu písemný podklad o situaci v lokalitách ORP Jihlava.',
        assignee: 'vysocina-member',
        dueDate: { daysFromNow: 5 },
        status: 'open',
      },
      {
        task: 'Připravit přehled spolupráce škol a sociálních služeb v Jihlavě.',
        assignee: 'vysocina-member',
        dueDate: { daysFromNow: 10 },
        status: 'open',
      },
      {
        task: 'Shromáždit podklady z ORP a připravit Podklady k jednání č. 14.',
        assignee: 'vysocina-romsky-koordinator',
        dueDate: { daysFromNow: 7 },
        status: 'in-progress',
      },
      {
        task: 'Rozeslat pozvánku na jednání č. 14 s odkazem pro online připojení.',
        assignee: 'vysocina-coordinator',
        dueDate: { daysFromNow: -3 },
        status: 'done',
      },
      {
        task: 'Připravit informaci o personálním zajištění terénních programů.',
        assignee: 'vysocina-och-jihlava',
        dueDate: { daysFromNow: 10 },
        status: 'open',
      },
      {
        task: 'Informovat členy o aktuální nabídce rekvalifikačních kurzů v kraji.',
        assignee: 'vysocina-urad-prace',
        dueDate: { daysFromNow: 20 },
        status: 'open',
      },
    ],
    comments: [
      {
        person: 'vysocina-och-trebic',
        agendaIndex: 2,
        body: 'Prosím doplnit do diskuse, že Oblastní charita Třebíč nabídla členům platformy možnost navštívit NZDM Ambrela po předchozí domluvě.',
        resolved: true,
        response: 'Děkuji, doplněno do diskuse k bodu 3.',
      },
      {
        person: 'vysocina-member',
        agendaIndex: 3,
        body: 'Navrhuji upravit závěr: úplný přehled za Jihlavu mohu předložit až po poradě s odborem školství magistrátu, na jednání č. 14 tedy zazní jen průběžná informace. Prosím také o posunutí termínu úkolu.',
      },
    ],
  },
  {
    group: 'vysocina-platform',
    number: 14,
    when: { daysFromNow: 12, start: '10:00', end: '12:30' },
    venue: krajskyUrad,
    onlineUrl: 'https://meet.example.org/vysocina-14',
    invitation: [
      'Vážené členky a členové platformy,',
      'zveme vás na 14. jednání Platformy aktérů pro integraci romských lokalit Kraje Vysočina, které se uskuteční na Krajském úřadě Kraje Vysočina, Žižkova 57, Jihlava. Připojit se můžete také online přes odkaz uvedený u jednání.',
      'Na programu je schválení zápisu z jednání č. 13, informace o vzdělávacích akcích kraje, podklady z ORP k síti sociálních služeb a průběžné informace o personálním zajištění terénních programů a o spolupráci škol a sociálních služeb v Jihlavě. Podklady k jednání najdete v materiálech skupiny.',
      'Účast nebo omluvu prosím potvrďte koordinátorce platformy.',
      `S pozdravem\n${coordinator}, koordinátorka platformy`,
    ].join('\n\n'),
    status: 'planned',
    agenda: [
      { title: 'Schválení zápisu z jednání č. 13', presenter: coordinator },
      {
        title: 'Informace o vzdělávacích akcích kraje pro obce a poskytovatele služeb',
        presenter: projektovaManazerka,
        public: true,
      },
      {
        title: 'Síť sociálních služeb pro sociálně vyloučené lokality – podklady z ORP',
        presenter: romskyKoordinator,
        materials: ['vysocina-podklady-14'],
      },
      {
        title:
          'Personální zajištění terénních programů; spolupráce škol a sociálních služeb v Jihlavě',
        presenter: `${nameOf('vysocina-och-jihlava')}, ${nameOf('vysocina-member')}`,
        materials: ['vysocina-podklady-14'],
      },
    ],
  },
]

const vasMeetings: MeetingSeed[] = [
  {
    group: 'vas-szocialis-gondoskodas',
    number: 1,
    eventSlug: 'vas-munkacsoport-ules-szocialis-gondoskodas-2022',
    title: 'Munkacsoport ülés – Szociális gondoskodás',
    when: { date: '2022-10-27', start: '10:00', end: '12:00' },
    venue: 'Vas Megyei Önkormányzat, Szombathely, Berzsenyi Dániel tér 1.',
    invitation: [
      'Tisztelt Partnerünk!',
      'A Vas Megyei Önkormányzat által vezetett konzorcium támogatást nyert a Vas megyei foglalkoztatási-gazdaságfejlesztési Paktum működtetésére. A program keretében fontosnak tartjuk a szociális gazdaság megyei szerepét, szereplőinek számbavételét és fejlesztésének lehetőségeit.',
      'A szociális gazdaságba potenciálisan bekapcsolható szervezetek – civil szervezetek, vállalkozások és helyi önkormányzatok – alapvető információk átadásával tehetők érdekeltté abban, hogy a szociális gazdaság aktív helyi szereplőivé váljanak, és növeljék forrásszerzési képességüket. Ennek megvalósítására indítjuk el a Szociális gondoskodás munkacsoport működését.',
      'Az ülés időpontja: 2022. október 27., 10:00. Helyszín: Vas Megyei Önkormányzat, Szombathely, Berzsenyi Dániel tér 1.',
      'Megtisztelő jelenlétére számítunk.',
    ].join('\n\n'),
    status: 'held',
    agenda: [
      {
        title: 'A Szociális gondoskodás munkacsoport működésének elindítása',
        presenter: nameOf('vas-coordinator'),
        public: true,
        materials: ['vas-meghivo-2022-10-27'],
      },
      {
        title:
          'A Vas megyei foglalkoztatási-gazdaságfejlesztési Paktum szociális gazdaságfejlesztési komponense',
        presenter: nameOf('vas-megyei-onkormanyzat'),
        materials: ['vas-szocialis-gazdasag-hatteranyag'],
      },
      {
        title:
          'A szociális gazdaság megyei szereplőinek számbavétele (civil szervezetek, vállalkozások, helyi önkormányzatok)',
        presenter: nameOf('vas-coordinator'),
      },
      {
        title: 'Együttműködés a megyei esélyteremtő partnerséggel, következő lépések',
        presenter: nameOf('vas-eselyteremto-partnerseg'),
      },
    ],
  },
]

export const meetings: MeetingSeed[] = [...vysocinaHistory, ...vysocinaCurrent, ...vasMeetings]

// ---------------------------------------------------------------------------------------------
// Materials (one-page PDFs generated by the seed)
// ---------------------------------------------------------------------------------------------

export const materials: MaterialSeed[] = [
  {
    key: 'vysocina-pravidla-platformy',
    group: 'vysocina-platform',
    meetingNumber: 1,
    title: 'Zápis – pravidla fungování platformy',
    description: 'Pravidla fungování platformy schválená na ustavujícím setkání 21. 5. 2014.',
    paragraphs: [
      'Platforma aktérů pro integraci romských lokalit Kraje Vysočina byla ustavena v rámci projektu Podpora sociální integrace příslušníků romských lokalit v Kraji Vysočina (CZ.1.04/3.2.00/B4.00007). Sdružuje aktéry, kteří spolupůsobí při řešení sociálního vyloučení příslušníků romské menšiny a souvisejících dopadů.',
      'Členy platformy jsou zástupci Krajského úřadu Kraje Vysočina, obcí s rozšířenou působností, poskytovatelů sociálních služeb, Úřadu práce ČR, Policie ČR a škol. Platforma má průběžně 12–18 členů. Člen může v odůvodněných případech vyslat zástupce.',
      'Setkání svolává koordinátorka platformy z odboru sociálních věcí krajského úřadu. Pozvánku s programem a podklady rozesílá členům nejméně týden předem.',
      'Z každého setkání se pořizuje zápis s projednanými body, přijatými závěry a úkoly s odpovědnou osobou a termínem. Návrh zápisu obdrží členové k připomínkám; zápis je schválen, jakmile jsou připomínky vypořádány nebo marně uplyne lhůta k jejich podání.',
      'Na setkání mohou být přizváni hosté, zejména zpracovatelé analýz, lektoři vzdělávacích aktivit a zástupci dalších institucí.',
      'Závěry platformy se přijímají konsenzem; není-li ho dosaženo, rozhoduje většina přítomných členů.',
    ],
  },
  {
    key: 'vysocina-analyza-shrnuti',
    group: 'vysocina-platform',
    meetingNumber: 4,
    title: 'Analýza sociálního vyloučení v 15 ORP Kraje Vysočina – shrnutí',
    description: 'Pracovní shrnutí analýzy předložené na 4. setkání platformy (8. 10. 2014).',
    paragraphs: [
      'Analýza byla zpracována v rámci první klíčové aktivity projektu Podpora sociální integrace příslušníků romských lokalit v Kraji Vysočina. Slouží jako podklad pro řízení politiky sociálního začleňování a pro plánování efektivní a udržitelné sítě služeb zaměřených na sociálně vyloučené romské lokality.',
      'Analýza pokrývá všech 15 obcí s rozšířenou působností (ORP) Kraje Vysočina. Podklady byly získány ve spolupráci s kontaktními osobami ORP, sociálními pracovníky obcí a poskytovateli sociálních služeb.',
      'Pro každou ORP analýza popisuje situaci v sociálně vyloučených lokalitách, dostupnost sociálních a navazujících služeb a spolupráci místních aktérů – obcí, poskytovatelů služeb, úřadu práce, škol a policie.',
      'Doporučení směřují do tří oblastí: stabilizace existujících sociálních služeb, rozšíření služeb tam, kde byla identifikována potřeba, a posílení spolupráce aktérů prostřednictvím platformy.',
      'Podrobné výstupy za jednotlivé ORP mají k dispozici členové platformy. Připomínky ke shrnutí lze zasílat koordinátorce platformy do 24. 10. 2014.',
    ],
  },
  {
    key: 'vysocina-program-seminare-2',
    group: 'vysocina-platform',
    meetingNumber: 4,
    title: 'Program semináře 2: Prevence sociálního vyloučení dětí a mládeže',
    description: 'Program jednodenního semináře 22. 10. 2014.',
    paragraphs: [
      'Jednodenní seminář pro členy platformy, pracovníky veřejné správy a poskytovatele sociálních služeb. 22. 10. 2014, 9:00–15:00, Krajský úřad Kraje Vysočina, Žižkova 57, Jihlava.',
      '9:00 Zahájení a úvod do tématu: práce s mládeží ve věku 15–26 let v sociálně vyloučených lokalitách.',
      '9:30 Prevence sociálně patologických jevů a smysluplné trávení volného času – zkušenosti nízkoprahového zařízení Erko (Oblastní charita Jihlava).',
      '11:00 Motivace mladých lidí ke vzdělávání a hledání práce – zkušenosti nízkoprahového zařízení Ambrela (Oblastní charita Třebíč).',
      '12:30 Oběd. 13:15 Diskuse v pracovních skupinách: spolupráce obcí, škol a sociálních služeb.',
      '14:30 Shrnutí a závěr. Seminář se koná v rámci projektu CZ.1.04/3.2.00/B4.00007 spolufinancovaného z Evropského sociálního fondu.',
    ],
  },
  {
    key: 'vysocina-pozvanka-konference',
    group: 'vysocina-platform',
    meetingNumber: 11,
    title: 'Pozvánka a program závěrečné konference (15. 10. 2015)',
    paragraphs: [
      'Kraj Vysočina zve na závěrečnou konferenci projektu Podpora sociální integrace příslušníků romských lokalit v Kraji Vysočina (CZ.1.04/3.2.00/B4.00007), která se uskuteční 15. 10. 2015 od 9:00 do 15:00 na Krajském úřadě Kraje Vysočina, Žižkova 57, Jihlava.',
      'Dopolední blok představí výsledky projektu: analýzu sociálního vyloučení ve všech 15 ORP kraje, činnost platformy aktérů a podporu terénních programů Sovy a nízkoprahových zařízení Erko a Ambrela.',
      'Odpolední blok je věnován pilotnímu ověření procesu sociálního začleňování v Jihlavě a Třebíči a vzdělávacím aktivitám projektu – 4 seminářům, 5 exkurzím a 7 workshopům.',
      'Závěrečná diskuse se zaměří na pokračování spolupráce obcí, poskytovatelů služeb a krajského úřadu po skončení projektu.',
      'Konference je určena členům platformy, pracovníkům veřejné správy a poskytovatelům sociálních služeb. Účast prosíme potvrdit koordinátorce platformy.',
    ],
  },
  {
    key: 'vysocina-podklady-14',
    group: 'vysocina-platform',
    meetingNumber: 14,
    title: 'Podklady k jednání č. 14',
    description: 'Podklady k bodům 3 a 4 programu.',
    paragraphs: [
      'Podklady ke 14. jednání Platformy aktérů pro integraci romských lokalit Kraje Vysočina. Jednání se koná na Krajském úřadě Kraje Vysočina, Žižkova 57, Jihlava, s možností online připojení.',
      'Bod 1 – Schválení zápisu z jednání č. 13: návrh zápisu je k dispozici u jednání č. 13; připomínky se vypořádávají před jednáním.',
      'Bod 2 – Vzdělávací akce: přehled plánovaných seminářů a workshopů kraje pro obce a poskytovatele služeb je zveřejněn v kalendáři akcí.',
      'Bod 3 – Síť sociálních služeb: krajský úřad shromažďuje písemné podklady z ORP o situaci v lokalitách a o dostupnosti terénních programů a nízkoprahových zařízení. Souhrn bude představen na jednání; chybějící podklady lze doplnit do termínu jednání.',
      'Bod 4 – Personální zajištění terénních programů a spolupráce škol a sociálních služeb v Jihlavě: průběžné informace Oblastní charity Jihlava a Magistrátu města Jihlavy.',
      'Prosíme členy, aby si podklady prostudovali předem a případné dotazy zaslali koordinátorce platformy.',
    ],
  },
  {
    key: 'vas-meghivo-2022-10-27',
    group: 'vas-szocialis-gondoskodas',
    meetingNumber: 1,
    title: 'Meghívó – Szociális gondoskodás munkacsoport, 2022. október 27.',
    paragraphs: [
      'Tisztelt Partnerünk! Ezúton meghívjuk a Vas megyei foglalkoztatási-gazdaságfejlesztési Paktum Szociális gondoskodás munkacsoportjának ülésére.',
      'Időpont: 2022. október 27., 10:00. Helyszín: Vas Megyei Önkormányzat, Szombathely, Berzsenyi Dániel tér 1.',
      'A Vas Megyei Önkormányzat által vezetett konzorcium támogatást nyert a Vas megyei foglalkoztatási-gazdaságfejlesztési Paktum működtetésére. A program keretében fontosnak tartjuk a szociális gazdaság megyei szerepét, szereplőinek számbavételét és fejlesztésének lehetőségeit.',
      'A szociális gazdaságba potenciálisan bekapcsolható szervezetek – civil szervezetek, vállalkozások és helyi önkormányzatok – alapvető információk átadásával tehetők érdekeltté abban, hogy a szociális gazdaság aktív helyi szereplőivé váljanak, és növeljék forrásszerzési képességüket. Ennek megvalósítására indítjuk el a munkacsoport működését.',
      'Napirend: 1. A munkacsoport működésének elindítása. 2. A paktum szociális gazdaságfejlesztési komponense. 3. A szociális gazdaság megyei szereplőinek számbavétele. 4. Együttműködés a megyei esélyteremtő partnerséggel, következő lépések.',
      'Megtisztelő jelenlétére számítunk.',
    ],
  },
  {
    key: 'vas-szocialis-gazdasag-hatteranyag',
    group: 'vas-szocialis-gondoskodas',
    meetingNumber: 1,
    title: 'Háttéranyag – a paktum szociális gazdaságfejlesztési komponense',
    description: 'Háttéranyag a munkacsoport első üléséhez.',
    paragraphs: [
      'Az előző időszak paktumprojektjeiben is szerepeltek olyan elemek, amelyek a szociálisan hátrányosabb helyzetű célcsoport-tagok felzárkóztatását szolgálták. A mentori szolgáltatás keretében folyamatos volt a személyes segítésük.',
      'A párhuzamos ellátórendszerekbe történő irányításon túl azonban saját eszközökkel a megyében működő paktumok nem rendelkeztek.',
      'Időközben elindult a megyei esélyteremtő partnerség megszervezése, amely szoros együttműködésben működött a megyei foglalkoztatási paktummal.',
      'A szociális gazdaság területén is pozitív változások történtek a megyében: részben a szociális foglalkoztatási programok révén, részben olyan társadalmi vállalkozások megjelenésével, amelyek kiemelten kezelték a hátrányos helyzetű célcsoportok foglalkoztatását.',
      'A jelenlegi paktumprojekt ezért már szociális gazdaságfejlesztési komponenst is tartalmaz. Célja, hogy bővüljön a leghátrányosabb helyzetű célcsoportok számára munkát és esélyt kínáló foglalkoztatási lehetőségek száma, és ezek szervesüljenek a foglalkoztatási paktum rendszerébe.',
      'A munkacsoport feladata ehhez kapcsolódóan a szociális gazdaság megyei szereplőinek számbavétele, az érintett szervezetek tájékoztatása és fejlesztési lehetőségeik feltárása.',
    ],
  },
]

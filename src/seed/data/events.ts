import type { Locale } from '@/i18n/locales'

type Localized = Record<Locale, string>

export type EventType = 'seminar' | 'workshop' | 'excursion' | 'conference' | 'training' | 'working-group-meeting' | 'other'
export type EventTimeZone = 'Europe/Bratislava' | 'Europe/Prague' | 'Europe/Budapest'

/**
 * When an event happens, as wall-clock time in its time zone. Past events use a fixed date;
 * upcoming ones are relative to the day the seed runs, so the demo always has something ahead.
 */
export type SeedWhen =
  | { date: string; start: string; end: string; endDate?: string } // 'YYYY-MM-DD', 'HH:mm'
  | { daysFromNow: number; start: string; end: string; durationDays?: number }

export type EventSeed = {
  slug: string
  organisationSlug: string
  type: EventType
  title: Localized
  summary: Localized
  /** paragraphs of the description */
  description: Localized[]
  when: SeedWhen
  timeZone: EventTimeZone
  mode: 'in-person' | 'online' | 'hybrid'
  /** a centre of the registry as venue (slug from src/seed/data/centres.ts) … */
  venueCentreSlug?: string
  /** … or a free address */
  venueAddress?: { name?: string; street?: string; postcode?: string; municipality: string }
  regionCode: string
  onlineUrl?: string
  languages: ('sk' | 'cs' | 'hu' | 'rom' | 'en' | 'de' | 'uk')[]
  themes: string[]
  audience?: Localized
  /** seats; absent = unlimited */
  capacity?: number
  requiresApproval?: boolean
  questions?: { key: string; kind: 'text' | 'choice'; required: boolean; label: Localized; options?: Localized[] }[]
  status: 'published' | 'cancelled' | 'postponed'
  /** demo registrants the seed creates through the registration service, in order */
  demoRegistrations?: number
}

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** The Kraj Vysočina ESF project (CZ.1.04/3.2.00/B4.00007, 1 Apr 2014 – 31 Oct 2015). */
const vysocinaProject: Localized = {
  sk: 'Podujatie sa konalo v rámci projektu Podpora sociálnej integrácie príslušníkov rómskych lokalít v Kraji Vysočina (CZ.1.04/3.2.00/B4.00007, 1. 4. 2014 – 31. 10. 2015), spolufinancovaného z Európskeho sociálneho fondu. Vzdelávanie členov platformy, pracovníkov verejnej správy a poskytovateľov služieb sa zameriavalo na podporu sociálneho začleňovania a prevenciu sociálneho vylúčenia.',
  cs: 'Akce se konala v rámci projektu Podpora sociální integrace příslušníků romských lokalit v Kraji Vysočina (CZ.1.04/3.2.00/B4.00007, 1. 4. 2014 – 31. 10. 2015), spolufinancovaného z Evropského sociálního fondu. Vzdělávání členů platformy, pracovníků veřejné správy a poskytovatelů služeb bylo zaměřeno na podporu sociálního začleňování a prevenci sociálního vyloučení.',
  hu: 'A rendezvény „A Vysočina kerület roma lokalitásaiban élők társadalmi integrációjának támogatása” című, az Európai Szociális Alap társfinanszírozásával megvalósult projekt (CZ.1.04/3.2.00/B4.00007, 2014. április 1. – 2015. október 31.) része volt. A platformtagok, a közigazgatási munkatársak és a szolgáltatók képzése a társadalmi befogadás támogatására és a társadalmi kirekesztődés megelőzésére irányult.',
  en: 'The event was part of the project “Support for the social integration of members of Roma localities in the Vysočina Region” (CZ.1.04/3.2.00/B4.00007, 1 April 2014 – 31 October 2015), co-financed by the European Social Fund. Training for platform members, public administration staff and service providers focused on supporting social inclusion and preventing social exclusion.',
}

const vysocinaAudience: Localized = {
  sk: 'Členovia platformy, pracovníci verejnej správy a poskytovatelia sociálnych služieb',
  cs: 'Členové platformy, pracovníci veřejné správy a poskytovatelé sociálních služeb',
  hu: 'A platform tagjai, a közigazgatás munkatársai és a szociális szolgáltatók',
  en: 'Platform members, public administration staff and social service providers',
}

/** Vysočina contact block: Krajský úřad Kraje Vysočina, Žižkova 1882/57, 586 01 Jihlava. */
const krajskyUradJihlava: EventSeed['venueAddress'] = {
  name: 'Krajský úřad Kraje Vysočina',
  street: 'Žižkova 1882/57',
  postcode: '586 01',
  municipality: 'Jihlava',
}

const mestskyUradTrebic: EventSeed['venueAddress'] = { name: 'Městský úřad Třebíč', municipality: 'Třebíč' }

/** The Vas County pact names the county council as venue; its address: organisations.ts. */
const vasMegyeiOnkormanyzat: EventSeed['venueAddress'] = {
  name: 'Vas Megyei Önkormányzat',
  street: 'Berzsenyi Dániel tér 1.',
  postcode: '9700',
  municipality: 'Szombathely',
}

const vasAudience: Localized = {
  sk: 'Mimovládne organizácie, podniky a miestne samosprávy zo župy Vas',
  cs: 'Neziskové organizace, podniky a místní samosprávy ze župy Vas',
  hu: 'Vas megyei civil szervezetek, vállalkozások és helyi önkormányzatok',
  en: 'NGOs, businesses and local governments in Vas County',
}

const whatToDiscuss = {
  key: 'what-to-discuss',
  kind: 'text' as const,
  required: false,
  label: {
    sk: 'O čom by ste chceli diskutovať?',
    cs: 'O čem byste chtěli diskutovat?',
    hu: 'Miről szeretne beszélgetni?',
    en: 'What would you like to discuss?',
  },
}

const vysocina = {
  organisationSlug: 'kraj-vysocina',
  timeZone: 'Europe/Prague' as const,
  mode: 'in-person' as const,
  regionCode: 'CZ063',
  languages: ['cs' as const],
  audience: vysocinaAudience,
  status: 'published' as const,
  demoRegistrations: 0,
}

// ---------------------------------------------------------------------------------------------
// 1. Past events of the Vysočina project: 4 seminars, 5 excursions, 7 workshops and
//    a final conference, all between 1 Apr 2014 and 31 Oct 2015.
// ---------------------------------------------------------------------------------------------

const vysocinaEvents: EventSeed[] = [
  {
    ...vysocina,
    slug: 'vysocina-seminar-1-socialni-zaclenovani-v-kraji',
    type: 'seminar',
    title: {
      sk: 'Seminár 1: Sociálne začleňovanie a sieť služieb v Kraji Vysočina',
      cs: 'Seminář 1: Sociální začleňování a síť služeb v Kraji Vysočina',
      hu: '1. szeminárium: Társadalmi befogadás és a szolgáltatási háló a Vysočina kerületben',
      en: 'Seminar 1: Social inclusion and the network of services in the Vysočina Region',
    },
    summary: {
      sk: 'Jednodňový seminár o politike sociálneho začleňovania a o efektívnej a udržateľnej sieti služieb pre sociálne vylúčené rómske lokality.',
      cs: 'Jednodenní seminář o politice sociálního začleňování a o efektivní a udržitelné síti služeb pro sociálně vyloučené romské lokality.',
      hu: 'Egynapos szeminárium a társadalmi befogadás politikájáról, valamint a kirekesztett roma lokalitásokat szolgáló hatékony és fenntartható szolgáltatási hálóról.',
      en: 'One-day seminar on social inclusion policy and on an effective, sustainable network of services for socially excluded Roma localities.',
    },
    description: [
      {
        sk: 'Úvodný seminár predstavuje ciele projektu – dostupnosť, kvalitu a kontrolu začleňujúcich služieb – a analýzu sociálne vylúčených rómskych lokalít vo všetkých 15 obciach s rozšírenou pôsobnosťou (ORP) kraja. Účastníci diskutujú, ako z nej vychádzať pri riadení politiky sociálneho začleňovania.',
        cs: 'Úvodní seminář představuje cíle projektu – dostupnost, kvalitu a kontrolu začleňujících služeb – a analýzu sociálně vyloučených romských lokalit ve všech 15 obcích s rozšířenou působností (ORP) kraje. Účastníci diskutují, jak z ní vycházet při řízení politiky sociálního začleňování.',
        hu: 'A nyitó szeminárium bemutatja a projekt céljait – a befogadást segítő szolgáltatások elérhetőségét, minőségét és ellenőrzését –, valamint a kirekesztett roma lokalitások elemzését a kerület mind a 15 kiterjesztett hatáskörű településén (ORP). A résztvevők megvitatják, hogyan épülhet rá a társadalmi befogadás politikájának irányítása.',
        en: 'The opening seminar presents the project’s aims – the availability, quality and oversight of inclusive services – and the analysis of socially excluded Roma localities in all 15 municipalities with extended powers (ORP) of the region. Participants discuss how it can guide the management of social inclusion policy.',
      },
      vysocinaProject,
    ],
    when: { date: '2014-06-12', start: '09:00', end: '15:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['community-life', 'education'],
  },
  {
    ...vysocina,
    slug: 'vysocina-workshop-1-plany-socialniho-zaclenovani',
    type: 'workshop',
    title: {
      sk: 'Workshop 1: Plány sociálneho začleňovania v obciach',
      cs: 'Workshop 1: Plány sociálního začleňování v obcích',
      hu: '1. műhely: Társadalmi befogadási tervek a településeken',
      en: 'Workshop 1: Social inclusion plans in municipalities',
    },
    summary: {
      sk: 'Praktický workshop o tom, ako obce a poskytovatelia zisťujú potreby ľudí zo sociálne vylúčených lokalít a premietajú ich do plánov sociálneho začleňovania.',
      cs: 'Praktický workshop o tom, jak obce a poskytovatelé zjišťují potřeby lidí ze sociálně vyloučených lokalit a převádějí je do plánů sociálního začleňování.',
      hu: 'Gyakorlati műhely arról, hogyan mérik fel a települések és a szolgáltatók a kirekesztett lokalitásokban élők szükségleteit, és hogyan építik be azokat a társadalmi befogadási tervekbe.',
      en: 'Practical workshop on how municipalities and providers identify the needs of people in socially excluded localities and turn them into social inclusion plans.',
    },
    description: [
      {
        sk: 'Účastníci pracujú v malých skupinách s výstupmi analýzy ORP a s príkladmi zapojenia cieľovej skupiny do plánovania. Workshop je určený najmä pracovníkom obecných úradov a členom platformy.',
        cs: 'Účastníci pracují v malých skupinách s výstupy analýzy ORP a s příklady zapojení cílové skupiny do plánování. Workshop je určen zejména pracovníkům obecních úřadů a členům platformy.',
        hu: 'A résztvevők kiscsoportokban dolgoznak az ORP-elemzés eredményeivel és a célcsoport tervezésbe való bevonásának példáival. A műhely elsősorban az önkormányzati hivatalok munkatársainak és a platform tagjainak szól.',
        en: 'Participants work in small groups with the findings of the ORP analysis and with examples of involving the target group in planning. The workshop is aimed mainly at municipal staff and platform members.',
      },
      vysocinaProject,
    ],
    when: { date: '2014-06-26', start: '09:00', end: '13:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['community-life'],
  },
  {
    ...vysocina,
    slug: 'vysocina-exkurze-1-erko-jihlava',
    type: 'excursion',
    title: {
      sk: 'Exkurzia 1: Nízkoprahové zariadenie Erko v Jihlave',
      cs: 'Exkurze 1: Nízkoprahové zařízení Erko v Jihlavě',
      hu: '1. tanulmányút: az Erko alacsonyküszöbű intézmény Jihlavában',
      en: 'Excursion 1: The Erko low-threshold facility in Jihlava',
    },
    summary: {
      sk: 'Návšteva nízkoprahového zariadenia pre mladých ľudí vo veku od 15 do 26 rokov, ktoré prevádzkuje Oblastní charita Jihlava a ktorého činnosť projekt podporuje.',
      cs: 'Návštěva nízkoprahového zařízení pro mladé lidi ve věku 15–26 let, které provozuje Oblastní charita Jihlava a jehož činnost projekt podporuje.',
      hu: 'Látogatás az Oblastní charita Jihlava által működtetett, 15–26 éves fiataloknak szóló alacsonyküszöbű intézményben, amelynek működését a projekt támogatja.',
      en: 'A visit to the low-threshold facility for young people aged 15–26 run by Oblastní charita Jihlava, whose work the project supports.',
    },
    description: [
      {
        sk: 'Pracovníci zariadenia predstavujú, ako prebieha kontaktná práca, voľnočasové aktivity a individuálna podpora klientov. Účastníci exkurzie sa môžu pýtať na spoluprácu s rodinami, školami a ďalšími službami.',
        cs: 'Pracovníci zařízení představují, jak probíhá kontaktní práce, volnočasové aktivity a individuální podpora klientů. Účastníci exkurze se mohou ptát na spolupráci s rodinami, školami a dalšími službami.',
        hu: 'Az intézmény munkatársai bemutatják, hogyan zajlik a kontaktmunka, a szabadidős tevékenységek és az ügyfelek egyéni támogatása. A résztvevők kérdezhetnek a családokkal, iskolákkal és más szolgáltatásokkal való együttműködésről.',
        en: 'The staff show how contact work, leisure activities and individual support for clients are organised. Participants can ask about cooperation with families, schools and other services.',
      },
      vysocinaProject,
    ],
    when: { date: '2014-09-11', start: '08:30', end: '15:30' },
    venueAddress: { name: 'Nízkoprahové zařízení Erko – Oblastní charita Jihlava', municipality: 'Jihlava' },
    themes: ['education', 'community-life'],
  },
  {
    ...vysocina,
    slug: 'vysocina-workshop-2-terenni-prace',
    type: 'workshop',
    title: {
      sk: 'Workshop 2: Terénna práca v sociálne vylúčených lokalitách',
      cs: 'Workshop 2: Terénní práce v sociálně vyloučených lokalitách',
      hu: '2. műhely: Terepmunka a kirekesztett lokalitásokban',
      en: 'Workshop 2: Field work in socially excluded localities',
    },
    summary: {
      sk: 'Workshop o terénnych programoch: prvý kontakt s klientom, motivácia k riešeniu vlastnej situácie a sprostredkovanie nadväzných služieb.',
      cs: 'Workshop o terénních programech: první kontakt s klientem, motivace k řešení vlastní situace a zprostředkování návazných služeb.',
      hu: 'Műhely a terepi programokról: az első kapcsolatfelvétel, a saját helyzet megoldására való motiválás és a további szolgáltatásokhoz való közvetítés.',
      en: 'Workshop on field programmes: first contact with clients, motivating them to tackle their own situation and referral to follow-up services.',
    },
    description: [
      {
        sk: 'Na modelových situáciách si účastníci skúšajú prácu s klientom v oblasti bývania, dlhov, komunikácie s úradmi a hľadania práce. Skúsenosti zdieľajú pracovníci terénnych programov pôsobiacich v kraji.',
        cs: 'Na modelových situacích si účastníci zkoušejí práci s klientem v oblasti bydlení, dluhů, komunikace s úřady a hledání práce. Zkušenosti sdílejí pracovníci terénních programů působících v kraji.',
        hu: 'Modellhelyzeteken keresztül a résztvevők kipróbálják az ügyfelekkel végzett munkát a lakhatás, az adósságok, a hivatali ügyintézés és az álláskeresés terén. Tapasztalataikat a kerületben működő terepi programok munkatársai osztják meg.',
        en: 'Using role-play situations, participants practise working with clients on housing, debts, dealing with public offices and job seeking. Staff of field programmes operating in the region share their experience.',
      },
      vysocinaProject,
    ],
    when: { date: '2014-09-25', start: '09:00', end: '13:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['community-life', 'housing', 'debts'],
  },
  {
    ...vysocina,
    slug: 'vysocina-seminar-2-prevence-vylouceni-deti-a-mladeze',
    type: 'seminar',
    title: {
      sk: 'Seminár 2: Prevencia sociálneho vylúčenia detí a mládeže',
      cs: 'Seminář 2: Prevence sociálního vyloučení dětí a mládeže',
      hu: '2. szeminárium: A gyermekek és fiatalok társadalmi kirekesztődésének megelőzése',
      en: 'Seminar 2: Preventing the social exclusion of children and young people',
    },
    summary: {
      sk: 'Jednodňový seminár o nízkoprahových zariadeniach a terénnych programoch pre mladých ľudí zo sociálne vylúčených lokalít a o ich nadväznosti na ďalšie služby.',
      cs: 'Jednodenní seminář o nízkoprahových zařízeních a terénních programech pro mladé lidi ze sociálně vyloučených lokalit a o jejich návaznosti na další služby.',
      hu: 'Egynapos szeminárium a kirekesztett lokalitásokban élő fiataloknak szóló alacsonyküszöbű intézményekről és terepi programokról, valamint kapcsolódásukról más szolgáltatásokhoz.',
      en: 'One-day seminar on low-threshold facilities and field programmes for young people from socially excluded localities, and on how they link to other services.',
    },
    description: [
      {
        sk: 'Seminár sa venuje práci s mládežou vo veku od 15 do 26 rokov, prevencii sociálno-patologických javov a zmysluplnému tráveniu voľného času. Ako príklady slúžia služby podporené v projekte: nízkoprahové zariadenia Erko (Oblastní charita Jihlava) a Ambrela (Oblastní charita Třebíč).',
        cs: 'Seminář se věnuje práci s mládeží ve věku 15–26 let, prevenci sociálně patologických jevů a smysluplnému trávení volného času. Jako příklady slouží služby podpořené v projektu: nízkoprahová zařízení Erko (Oblastní charita Jihlava) a Ambrela (Oblastní charita Třebíč).',
        hu: 'A szeminárium a 15–26 éves fiatalokkal végzett munkával, a deviáns jelenségek megelőzésével és a tartalmas szabadidő-eltöltéssel foglalkozik. Példaként a projektben támogatott szolgáltatások szolgálnak: az Erko (Oblastní charita Jihlava) és az Ambrela (Oblastní charita Třebíč) alacsonyküszöbű intézmény.',
        en: 'The seminar looks at work with young people aged 15–26, the prevention of risky behaviour and meaningful leisure time. The services supported by the project serve as examples: the low-threshold facilities Erko (Oblastní charita Jihlava) and Ambrela (Oblastní charita Třebíč).',
      },
      vysocinaProject,
    ],
    when: { date: '2014-10-22', start: '09:00', end: '15:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['education', 'safety-health'],
  },
  {
    ...vysocina,
    slug: 'vysocina-exkurze-2-terenni-program-sovy',
    type: 'excursion',
    title: {
      sk: 'Exkurzia 2: Terénne programy Sovy',
      cs: 'Exkurze 2: Terénní programy Sovy',
      hu: '2. tanulmányút: a Sovy terepi program',
      en: 'Excursion 2: The Sovy field programme',
    },
    summary: {
      sk: 'Exkurzia za terénnymi pracovníkmi, ktorí v programe Sovy organizácie Oblastní charita Jihlava pracujú s ľuďmi staršími ako 15 rokov priamo v lokalitách.',
      cs: 'Exkurze za terénními pracovníky Oblastní charity Jihlava, kteří v rámci programu Sovy pracují s lidmi staršími 15 let přímo v lokalitách.',
      hu: 'Tanulmányút az Oblastní charita Jihlava Sovy programjához, amelynek terepi munkatársai a 15 évnél idősebbekkel közvetlenül a lokalitásokban dolgoznak.',
      en: 'An excursion with the field workers of Oblastní charita Jihlava, whose Sovy programme works with people over 15 directly in the localities.',
    },
    description: [
      {
        sk: 'Účastníci spoznávajú každodennú prácu terénneho programu, jeho metodické vedenie a spôsob, akým odovzdáva klientov nadväzným službám. Súčasťou je diskusia o bezpečnosti pracovníkov aj klientov.',
        cs: 'Účastníci poznávají každodenní práci terénního programu, jeho metodické vedení a způsob, jakým předává klienty navazujícím službám. Součástí je diskuse o bezpečí pracovníků i klientů.',
        hu: 'A résztvevők megismerik a terepi program mindennapi munkáját, szakmai irányítását, és azt, hogyan irányítja tovább az ügyfeleket a kapcsolódó szolgáltatásokhoz. A program része egy beszélgetés a munkatársak és az ügyfelek biztonságáról.',
        en: 'Participants learn about the programme’s day-to-day work, its methodological guidance and how it refers clients to follow-up services. A discussion on the safety of workers and clients is included.',
      },
      vysocinaProject,
    ],
    when: { date: '2014-11-13', start: '08:30', end: '15:30' },
    venueAddress: { name: 'Oblastní charita Jihlava', municipality: 'Jihlava' },
    themes: ['community-life', 'safety-health'],
  },
  {
    ...vysocina,
    slug: 'vysocina-workshop-3-dluhove-poradenstvi-v-praxi',
    type: 'workshop',
    title: {
      sk: 'Workshop 3: Dlhové poradenstvo v praxi',
      cs: 'Workshop 3: Dluhové poradenství v praxi',
      hu: '3. műhely: Adósságtanácsadás a gyakorlatban',
      en: 'Workshop 3: Debt counselling in practice',
    },
    summary: {
      sk: 'Workshop pre pracovníkov sociálnych služieb a úradov: ako klientovi pomôcť zorientovať sa v dlhoch, zostaviť rozpočet domácnosti a pripraviť sa na rokovanie s veriteľmi.',
      cs: 'Workshop pro pracovníky sociálních služeb a úřadů: jak klientovi pomoci zorientovat se v dluzích, sestavit rozpočet domácnosti a připravit se na jednání s věřiteli.',
      hu: 'Műhely szociális szolgáltatók és hivatalok munkatársainak: hogyan segíthetnek az ügyfélnek áttekinteni adósságait, elkészíteni a háztartási költségvetést és felkészülni a hitelezőkkel való tárgyalásra.',
      en: 'Workshop for staff of social services and public offices: helping clients get an overview of their debts, draw up a household budget and prepare for talks with creditors.',
    },
    description: [
      {
        sk: 'Workshop pracuje s anonymizovanými kazuistikami a venuje sa aj tomu, kedy je vhodné odovzdať klienta špecializovanej dlhovej poradni.',
        cs: 'Workshop pracuje s anonymizovanými kazuistikami a věnuje se také tomu, kdy je vhodné předat klienta specializované dluhové poradně.',
        hu: 'A műhely anonimizált esetleírásokkal dolgozik, és azt is megvizsgálja, mikor érdemes az ügyfelet szakosodott adósságtanácsadóhoz irányítani.',
        en: 'The workshop uses anonymised case studies and also looks at when a client should be referred to a specialised debt counselling service.',
      },
      vysocinaProject,
    ],
    when: { date: '2014-12-04', start: '09:00', end: '13:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['debts'],
  },
  {
    ...vysocina,
    slug: 'vysocina-seminar-3-zadluzenost-a-dluhove-poradenstvi',
    type: 'seminar',
    title: {
      sk: 'Seminár 3: Zadlženosť a dlhové poradenstvo',
      cs: 'Seminář 3: Zadluženost a dluhové poradenství',
      hu: '3. szeminárium: Eladósodás és adósságtanácsadás',
      en: 'Seminar 3: Indebtedness and debt counselling',
    },
    summary: {
      sk: 'Jednodňový seminár o predlžení v sociálne vylúčených lokalitách: ako mu predchádzať, ako pomáhať pri rokovaní s veriteľmi a exekútormi a prečo je oddlženie podmienkou vstupu na legálny trh práce.',
      cs: 'Jednodenní seminář o předlužení v sociálně vyloučených lokalitách: jak mu předcházet, jak pomáhat při jednání s věřiteli a exekutory a proč je oddlužení podmínkou vstupu na legální trh práce.',
      hu: 'Egynapos szeminárium a kirekesztett lokalitásokban jellemző túlzott eladósodásról: hogyan előzhető meg, hogyan segíthető az ügyfél a hitelezőkkel és végrehajtókkal folytatott tárgyalásban, és miért feltétele az adósságrendezés a legális munkavállalásnak.',
      en: 'One-day seminar on over-indebtedness in socially excluded localities: how to prevent it, how to support clients in dealing with creditors and bailiffs, and why debt relief is a precondition for entering the legal labour market.',
    },
    description: [
      {
        sk: 'Program zahŕňa finančnú gramotnosť dospelých aj mládeže, riziká nevhodných pôžičiek a spoluprácu dlhových poradní s terénnymi programami a úradmi práce.',
        cs: 'Program zahrnuje finanční gramotnost dospělých i mládeže, rizika nevhodných půjček a spolupráci dluhových poraden s terénními programy a úřady práce.',
        hu: 'A program kitér a felnőttek és a fiatalok pénzügyi tudatosságára, a kedvezőtlen kölcsönök kockázataira, valamint az adósságtanácsadók, a terepi programok és a munkaügyi hivatalok együttműködésére.',
        en: 'The programme covers financial literacy for adults and young people, the risks of unsuitable loans and cooperation between debt counselling services, field programmes and labour offices.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-01-21', start: '09:00', end: '15:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['debts', 'employment'],
  },
  {
    ...vysocina,
    slug: 'vysocina-exkurze-3-ambrela-trebic',
    type: 'excursion',
    title: {
      sk: 'Exkurzia 3: Nízkoprahové zariadenie Ambrela v Třebíči',
      cs: 'Exkurze 3: Nízkoprahové zařízení Ambrela v Třebíči',
      hu: '3. tanulmányút: az Ambrela alacsonyküszöbű intézmény Třebíčben',
      en: 'Excursion 3: The Ambrela low-threshold facility in Třebíč',
    },
    summary: {
      sk: 'Návšteva nízkoprahového zariadenia pre mladých ľudí vo veku od 15 do 26 rokov, ktoré prevádzkuje Oblastní charita Třebíč a ktorého činnosť projekt podporuje.',
      cs: 'Návštěva nízkoprahového zařízení pro mladé lidi ve věku 15–26 let, které provozuje Oblastní charita Třebíč a jehož činnost projekt podporuje.',
      hu: 'Látogatás az Oblastní charita Třebíč által működtetett, 15–26 éves fiataloknak szóló alacsonyküszöbű intézményben, amelynek működését a projekt támogatja.',
      en: 'A visit to the low-threshold facility for young people aged 15–26 run by Oblastní charita Třebíč, whose work the project supports.',
    },
    description: [
      {
        sk: 'Exkurzia umožňuje porovnať prácu dvoch nízkoprahových zariadení podporených v projekte a vymeniť si skúsenosti s motiváciou mladých ľudí k vzdelávaniu a hľadaniu práce.',
        cs: 'Exkurze umožňuje porovnat práci dvou nízkoprahových zařízení podpořených v projektu a sdílet zkušenosti s motivací mladých lidí ke vzdělávání a hledání práce.',
        hu: 'A tanulmányút lehetőséget ad a projektben támogatott két alacsonyküszöbű intézmény munkájának összevetésére, és a fiatalok tanulásra és munkakeresésre való motiválásával kapcsolatos tapasztalatok megosztására.',
        en: 'The excursion makes it possible to compare the work of the two low-threshold facilities supported by the project and to share experience of motivating young people to learn and look for work.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-02-12', start: '08:30', end: '15:30' },
    venueAddress: { name: 'Nízkoprahové zařízení Ambrela – Oblastní charita Třebíč', municipality: 'Třebíč' },
    themes: ['education', 'community-life'],
  },
  {
    ...vysocina,
    slug: 'vysocina-workshop-4-prace-s-mladezi-15-26',
    type: 'workshop',
    title: {
      sk: 'Workshop 4: Práca s mládežou od 15 do 26 rokov',
      cs: 'Workshop 4: Práce s mládeží od 15 do 26 let',
      hu: '4. műhely: Munka a 15–26 éves fiatalokkal',
      en: 'Workshop 4: Working with young people aged 15 to 26',
    },
    summary: {
      sk: 'Workshop o nízkoprahovej práci s mladými ľuďmi: pozitívne vzory, orientácia vo svete dospelých a podpora pri voľbe budúceho povolania.',
      cs: 'Workshop o nízkoprahové práci s mladými lidmi: pozitivní vzory, orientace ve světě dospělých a podpora při volbě budoucího povolání.',
      hu: 'Műhely a fiatalokkal végzett alacsonyküszöbű munkáról: pozitív minták, eligazodás a felnőttek világában és segítség a pályaválasztásban.',
      en: 'Workshop on low-threshold work with young people: positive role models, finding one’s way in the adult world and support in choosing a future career.',
    },
    description: [
      {
        sk: 'Workshop vedú pracovníci nízkoprahových zariadení podporených v projekte. Účastníci si vyskúšajú metódy kontaktnej práce a diskutujú o spolupráci so školami a rodinami.',
        cs: 'Workshop vedou pracovníci nízkoprahových zařízení podpořených v projektu. Účastníci si vyzkoušejí metody kontaktní práce a diskutují o spolupráci se školami a rodinami.',
        hu: 'A műhelyt a projektben támogatott alacsonyküszöbű intézmények munkatársai vezetik. A résztvevők kipróbálják a kontaktmunka módszereit, és megvitatják az iskolákkal és a családokkal való együttműködést.',
        en: 'The workshop is led by staff of the low-threshold facilities supported by the project. Participants try out methods of contact work and discuss cooperation with schools and families.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-02-26', start: '09:00', end: '13:00' },
    venueAddress: mestskyUradTrebic,
    themes: ['education', 'employment'],
  },
  {
    ...vysocina,
    slug: 'vysocina-seminar-4-zamestnanost-a-socialni-davky',
    type: 'seminar',
    title: {
      sk: 'Seminár 4: Zamestnanosť, sociálne dávky a kariérne poradenstvo',
      cs: 'Seminář 4: Zaměstnanost, sociální dávky a kariérní poradenství',
      hu: '4. szeminárium: Foglalkoztatás, szociális ellátások és pályatanácsadás',
      en: 'Seminar 4: Employment, social benefits and career counselling',
    },
    summary: {
      sk: 'Jednodňový seminár o cestách príslušníkov sociálne vylúčených rómskych komunít k zamestnaniu: sociálne dávky, kariérne poradenstvo a rekvalifikačné kurzy.',
      cs: 'Jednodenní seminář o cestách příslušníků sociálně vyloučených romských komunit k zaměstnání: sociální dávky, kariérní poradenství a rekvalifikační kurzy.',
      hu: 'Egynapos szeminárium arról, hogyan juthatnak munkához a kirekesztett roma közösségek tagjai: szociális ellátások, pályatanácsadás és átképzési tanfolyamok.',
      en: 'One-day seminar on pathways into work for members of socially excluded Roma communities: social benefits, career counselling and retraining courses.',
    },
    description: [
      {
        sk: 'Seminár nadväzuje na pilotné overenie procesu sociálneho začleňovania v Jihlave a Třebíči, kde dve skupiny príslušníkov cieľovej skupiny absolvujú po päť seminárov o zamestnanosti, sociálnych dávkach, kariérnom poradenstve, zadlženosti a sociálnej integrácii. Pracovníci úradov a služieb si vymieňajú, čo sa osvedčuje.',
        cs: 'Seminář navazuje na pilotní ověření procesu sociálního začleňování v Jihlavě a Třebíči, kde se dvě skupiny příslušníků cílové skupiny účastní vždy pěti seminářů o zaměstnanosti, sociálních dávkách, kariérním poradenství, zadluženosti a sociální integraci. Pracovníci úřadů a služeb sdílejí, co se osvědčuje.',
        hu: 'A szeminárium a társadalmi befogadási folyamat jihlavai és třebíči kísérleti kipróbálására épül, ahol a célcsoport tagjaiból álló két csoport öt-öt szemináriumon vesz részt a foglalkoztatásról, a szociális ellátásokról, a pályatanácsadásról, az eladósodásról és a társadalmi integrációról. A hivatalok és szolgáltatók munkatársai megosztják, mi válik be.',
        en: 'The seminar builds on the pilot of the social inclusion process in Jihlava and Třebíč, where two groups from the target group attend five seminars each on employment, social benefits, career counselling, indebtedness and social integration. Staff of public offices and services share what works.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-03-25', start: '09:00', end: '15:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['employment', 'debts'],
  },
  {
    ...vysocina,
    slug: 'vysocina-workshop-5-spoluprace-skol-a-socialnich-sluzeb',
    type: 'workshop',
    title: {
      sk: 'Workshop 5: Spolupráca škôl a sociálnych služieb',
      cs: 'Workshop 5: Spolupráce škol a sociálních služeb',
      hu: '5. műhely: Az iskolák és a szociális szolgáltatások együttműködése',
      en: 'Workshop 5: Cooperation between schools and social services',
    },
    summary: {
      sk: 'Workshop o tom, ako môžu školy, sociálne služby a obce spoločne podporiť deti ohrozené predčasným odchodom zo vzdelávania.',
      cs: 'Workshop o tom, jak mohou školy, sociální služby a obce společně podpořit děti ohrožené předčasným odchodem ze vzdělávání.',
      hu: 'Műhely arról, hogyan támogathatják közösen az iskolák, a szociális szolgáltatók és az önkormányzatok a lemorzsolódás által veszélyeztetett gyermekeket.',
      en: 'Workshop on how schools, social services and municipalities can work together to support children at risk of dropping out of education.',
    },
    description: [
      {
        sk: 'Pedagógovia, sociálni pracovníci a zástupcovia obcí hľadajú spoločné postupy: zdieľanie informácií, doučovanie, podpora rodičov a prechod na strednú školu.',
        cs: 'Pedagogové, sociální pracovníci a zástupci obcí hledají společné postupy: sdílení informací, doučování, podpora rodičů a přechod na střední školu.',
        hu: 'Pedagógusok, szociális munkások és önkormányzati képviselők keresnek közös megoldásokat: információcsere, korrepetálás, a szülők támogatása és a középiskolába való átmenet.',
        en: 'Teachers, social workers and municipal representatives look for joint approaches: sharing information, tutoring, supporting parents and the move to secondary school.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-04-16', start: '09:00', end: '13:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['education'],
  },
  {
    ...vysocina,
    slug: 'vysocina-exkurze-4-urad-prace-jihlava',
    type: 'excursion',
    title: {
      sk: 'Exkurzia 4: Úrad práce a rekvalifikácie',
      cs: 'Exkurze 4: Úřad práce a rekvalifikace',
      hu: '4. tanulmányút: munkaügyi hivatal és átképzés',
      en: 'Excursion 4: The labour office and retraining',
    },
    summary: {
      sk: 'Návšteva kontaktného pracoviska Úradu práce ČR v Jihlave: sprostredkovanie zamestnania, rekvalifikačné kurzy a spolupráca so sociálnymi službami.',
      cs: 'Návštěva kontaktního pracoviště Úřadu práce ČR v Jihlavě: zprostředkování zaměstnání, rekvalifikační kurzy a spolupráce se sociálními službami.',
      hu: 'Látogatás a Cseh Munkaügyi Hivatal jihlavai kirendeltségén: állásközvetítés, átképzési tanfolyamok és együttműködés a szociális szolgáltatásokkal.',
      en: 'A visit to the Jihlava office of the Labour Office of the Czech Republic: job placement, retraining courses and cooperation with social services.',
    },
    description: [
      {
        sk: 'Účastníci sa oboznamujú s nástrojmi aktívnej politiky zamestnanosti a diskutujú, ako lepšie prepojiť pracovné poradenstvo, dlhové poradenstvo a sociálnu prácu, aby ľudia zo sociálne vylúčených lokalít ľahšie našli a udržali si zamestnanie.',
        cs: 'Účastníci se seznamují s nástroji aktivní politiky zaměstnanosti a diskutují, jak lépe propojit pracovní poradenství, dluhové poradenství a sociální práci, aby lidé ze sociálně vyloučených lokalit snáze našli a udrželi zaměstnání.',
        hu: 'A résztvevők megismerik az aktív foglalkoztatáspolitika eszközeit, és megvitatják, hogyan kapcsolható össze jobban a munkaügyi tanácsadás, az adósságtanácsadás és a szociális munka, hogy a kirekesztett lokalitásokban élők könnyebben találjanak és tartsanak meg munkát.',
        en: 'Participants learn about active labour market policy tools and discuss how to link employment counselling, debt counselling and social work more closely so that people from socially excluded localities find and keep jobs more easily.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-05-21', start: '08:30', end: '15:30' },
    venueAddress: { name: 'Úřad práce ČR – kontaktní pracoviště Jihlava', municipality: 'Jihlava' },
    themes: ['employment'],
  },
  {
    ...vysocina,
    slug: 'vysocina-workshop-6-bydleni-a-prevence-ztraty-bydleni',
    type: 'workshop',
    title: {
      sk: 'Workshop 6: Bývanie a prevencia straty bývania',
      cs: 'Workshop 6: Bydlení a prevence ztráty bydlení',
      hu: '6. műhely: Lakhatás és a lakásvesztés megelőzése',
      en: 'Workshop 6: Housing and preventing the loss of housing',
    },
    summary: {
      sk: 'Workshop o asistencii pri hľadaní a udržaní bývania: úloha obcí, sociálnych služieb a úradu práce.',
      cs: 'Workshop o asistenci při hledání a udržení bydlení: role obcí, sociálních služeb a úřadu práce.',
      hu: 'Műhely a lakhatás megtalálásában és megtartásában nyújtott segítségről: az önkormányzatok, a szociális szolgáltatók és a munkaügyi hivatal szerepe.',
      en: 'Workshop on helping people find and keep housing: the roles of municipalities, social services and the labour office.',
    },
    description: [
      {
        sk: 'Účastníci rozoberajú situácie, keď rodine hrozí strata bývania, a hľadajú, ako včas zasiahnuť, aby nedošlo k rozdeleniu rodiny.',
        cs: 'Účastníci rozebírají situace, kdy rodině hrozí ztráta bydlení, a hledají, jak včas zasáhnout, aby nedošlo k rozdělení rodiny.',
        hu: 'A résztvevők olyan helyzeteket elemeznek, amikor egy családot lakásvesztés fenyeget, és keresik, hogyan lehet időben közbelépni, hogy a család ne szakadjon szét.',
        en: 'Participants analyse situations in which a family is at risk of losing its home and look for ways to step in early so that the family is not split up.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-06-04', start: '09:00', end: '13:00' },
    venueAddress: mestskyUradTrebic,
    themes: ['housing'],
  },
  {
    ...vysocina,
    slug: 'vysocina-exkurze-5-socialni-prace-obce-trebic',
    type: 'excursion',
    title: {
      sk: 'Exkurzia 5: Sociálna práca obce v Třebíči',
      cs: 'Exkurze 5: Sociální práce obce v Třebíči',
      hu: '5. tanulmányút: önkormányzati szociális munka Třebíčben',
      en: 'Excursion 5: Municipal social work in Třebíč',
    },
    summary: {
      sk: 'Návšteva sociálneho odboru Mestského úradu Třebíč: ako obec s rozšírenou pôsobnosťou koordinuje sociálnu prácu a služby pre sociálne vylúčené lokality.',
      cs: 'Návštěva sociálního odboru Městského úřadu Třebíč: jak obec s rozšířenou působností koordinuje sociální práci a služby pro sociálně vyloučené lokality.',
      hu: 'Látogatás a třebíči városi hivatal szociális osztályán: hogyan hangolja össze egy kiterjesztett hatáskörű település a szociális munkát és a kirekesztett lokalitásokat szolgáló szolgáltatásokat.',
      en: 'A visit to the social affairs department of Třebíč Municipal Office: how a municipality with extended powers coordinates social work and services for socially excluded localities.',
    },
    description: [
      {
        sk: 'Program zahŕňa stretnutie so sociálnymi pracovníkmi obce a s poskytovateľmi služieb v Třebíči, kde prebieha aj pilotné overenie procesu sociálneho začleňovania s jednou z dvoch skupín príslušníkov cieľovej skupiny.',
        cs: 'Program zahrnuje setkání se sociálními pracovníky obce a s poskytovateli služeb v Třebíči, kde probíhá i pilotní ověření procesu sociálního začleňování s jednou ze dvou skupin příslušníků cílové skupiny.',
        hu: 'A program része egy találkozó a város szociális munkásaival és a třebíči szolgáltatókkal; Třebíčben zajlik a társadalmi befogadási folyamat kísérleti kipróbálása is a célcsoport két csoportjának egyikével.',
        en: 'The programme includes a meeting with the municipality’s social workers and local service providers in Třebíč, where one of the two groups from the target group is taking part in the pilot of the social inclusion process.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-06-18', start: '08:30', end: '15:30' },
    venueAddress: mestskyUradTrebic,
    themes: ['community-life', 'employment'],
  },
  {
    ...vysocina,
    slug: 'vysocina-workshop-7-udrzitelnost-site-sluzeb',
    type: 'workshop',
    title: {
      sk: 'Workshop 7: Udržateľnosť siete služieb po skončení projektu',
      cs: 'Workshop 7: Udržitelnost sítě služeb po skončení projektu',
      hu: '7. műhely: A szolgáltatási háló fenntarthatósága a projekt után',
      en: 'Workshop 7: Keeping the network of services going after the project',
    },
    summary: {
      sk: 'Workshop členov platformy a poskytovateľov o tom, ako stabilizovať podporené sociálne služby a pokračovať v spolupráci aj po roku 2015.',
      cs: 'Workshop členů platformy a poskytovatelů o tom, jak stabilizovat podpořené sociální služby a pokračovat ve spolupráci i po roce 2015.',
      hu: 'Műhely a platform tagjainak és a szolgáltatóknak arról, hogyan stabilizálhatók a támogatott szociális szolgáltatások, és hogyan folytatható az együttműködés 2015 után is.',
      en: 'Workshop for platform members and providers on stabilising the supported social services and continuing to cooperate beyond 2015.',
    },
    description: [
      {
        sk: 'Diskusia sa týka financovania služieb, ich rozšírenia tam, kde sa zistila potreba, a pokračovania stretnutí platformy po skončení projektu.',
        cs: 'Diskuse se týká financování služeb, jejich rozšíření tam, kde byla zjištěna potřeba, a pokračování setkávání platformy po skončení projektu.',
        hu: 'A beszélgetés a szolgáltatások finanszírozásáról, azok bővítéséről ott, ahol erre igény mutatkozott, valamint a platform találkozóinak a projekt utáni folytatásáról szól.',
        en: 'The discussion covers funding for the services, expanding them where a need has been identified and continuing the platform’s meetings after the project ends.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-09-17', start: '09:00', end: '13:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['community-life'],
  },
  {
    ...vysocina,
    slug: 'vysocina-zaverecna-konference-2015',
    type: 'conference',
    title: {
      sk: 'Záverečná konferencia projektu Podpora sociálnej integrácie príslušníkov rómskych lokalít v Kraji Vysočina',
      cs: 'Závěrečná konference projektu Podpora sociální integrace příslušníků romských lokalit v Kraji Vysočina',
      hu: 'Záró konferencia: a Vysočina kerület roma lokalitásaiban élők társadalmi integrációjának támogatása',
      en: 'Final conference: Support for the social integration of members of Roma localities in the Vysočina Region',
    },
    summary: {
      sk: 'Záverečná konferencia zhŕňa výsledky projektu: analýzu vo všetkých 15 ORP, činnosť platformy aktérov, podporu vybraných sociálnych služieb a pilotné overenie sociálneho začleňovania v Jihlave a Třebíči.',
      cs: 'Závěrečná konference shrnuje výsledky projektu: analýzu ve všech 15 ORP, činnost platformy aktérů, podporu vybraných sociálních služeb a pilotní ověření sociálního začleňování v Jihlavě a Třebíči.',
      hu: 'A záró konferencia összegzi a projekt eredményeit: a mind a 15 ORP-re kiterjedő elemzést, a szereplői platform működését, a kiválasztott szociális szolgáltatások támogatását és a jihlavai és třebíči kísérleti befogadási programot.',
      en: 'The final conference sums up the project’s results: the analysis in all 15 ORP, the work of the platform of actors, support for selected social services and the pilot of social inclusion in Jihlava and Třebíč.',
    },
    description: [
      {
        sk: 'V platforme pre riadenie procesu integrácie pôsobilo priebežne 12 až 18 členov a uskutočnilo sa 12 stretnutí. Projekt podporil terénne programy organizácie Oblastní charita Jihlava (TP Sovy) a nízkoprahové zariadenia Erko (Oblastní charita Jihlava) a Ambrela (Oblastní charita Třebíč); pre členov platformy, verejnú správu a poskytovateľov sa uskutočnili 4 semináre, 5 exkurzií a 7 workshopov.',
        cs: 'V platformě pro řízení procesu integrace působilo průběžně 12–18 členů a uskutečnilo se 12 setkání. Projekt podpořil terénní programy Oblastní charity Jihlava (TP Sovy) a nízkoprahová zařízení Erko (Oblastní charita Jihlava) a Ambrela (Oblastní charita Třebíč); pro členy platformy, veřejnou správu a poskytovatele proběhly 4 semináře, 5 exkurzí a 7 workshopů.',
        hu: 'Az integrációs folyamat irányítására létrehozott platformnak folyamatosan 12–18 tagja volt, és 12 ülést tartott. A projekt támogatta az Oblastní charita Jihlava terepi programjait (TP Sovy), valamint az Erko (Oblastní charita Jihlava) és az Ambrela (Oblastní charita Třebíč) alacsonyküszöbű intézményt; a platformtagok, a közigazgatás és a szolgáltatók számára 4 szeminárium, 5 tanulmányút és 7 műhely valósult meg.',
        en: 'The platform steering the integration process had 12–18 members throughout and met 12 times. The project supported the field programmes of Oblastní charita Jihlava (TP Sovy) and the low-threshold facilities Erko (Oblastní charita Jihlava) and Ambrela (Oblastní charita Třebíč); platform members, public administration and providers attended 4 seminars, 5 excursions and 7 workshops.',
      },
      {
        sk: 'V Jihlave a Třebíči absolvovali dve skupiny príslušníkov rómskeho etnika po päť seminárov o zamestnanosti, sociálnych dávkach, kariérnom poradenstve, zadlženosti a sociálnej integrácii. Niekoľko účastníkov si našlo zamestnanie alebo bolo zaradených do rekvalifikačných kurzov. Stretnutia členov platformy budú pokračovať aj po skončení projektu.',
        cs: 'V Jihlavě a Třebíči se dvě skupiny příslušníků romského etnika zúčastnily vždy pěti seminářů o zaměstnanosti, sociálních dávkách, kariérním poradenství, zadluženosti a sociální integraci. Několik účastníků našlo zaměstnání nebo bylo zařazeno do rekvalifikačních kurzů. Setkávání členů platformy bude pokračovat i po skončení projektu.',
        hu: 'Jihlavában és Třebíčben a roma közösség tagjaiból álló két csoport öt-öt szemináriumon vett részt a foglalkoztatásról, a szociális ellátásokról, a pályatanácsadásról, az eladósodásról és a társadalmi integrációról. Több résztvevő munkát talált vagy átképzési tanfolyamra került. A platform tagjai a projekt befejezése után is folytatják a találkozókat.',
        en: 'In Jihlava and Třebíč, two groups of Roma participants each attended five seminars on employment, social benefits, career counselling, indebtedness and social integration. Several participants found jobs or joined retraining courses. The platform members will keep meeting after the project ends.',
      },
      vysocinaProject,
    ],
    when: { date: '2015-10-15', start: '09:00', end: '15:00' },
    venueAddress: krajskyUradJihlava,
    themes: ['community-life', 'employment', 'education', 'debts'],
  },
]

// ---------------------------------------------------------------------------------------------
// 2. The Vas County pact's working-group meeting (27 Oct 2022, 10:00, Vas Megyei Önkormányzat).
// ---------------------------------------------------------------------------------------------

const vasWorkingGroupMeeting: EventSeed = {
  slug: 'vas-munkacsoport-ules-szocialis-gondoskodas-2022',
  organisationSlug: 'vas-megyei-onkormanyzat',
  type: 'working-group-meeting',
  title: {
    sk: 'Zasadnutie pracovnej skupiny „Sociálna starostlivosť“',
    cs: 'Jednání pracovní skupiny „Sociální péče“',
    hu: 'Munkacsoport-ülés – Szociális gondoskodás',
    en: 'Working group meeting – “Social care”',
  },
  summary: {
    sk: 'Zasadnutie pracovnej skupiny Sociálna starostlivosť v rámci Paktu zamestnanosti a hospodárskeho rozvoja župy Vas o úlohe sociálnej ekonomiky v župe a možnostiach jej rozvoja.',
    cs: 'Jednání pracovní skupiny Sociální péče v rámci Paktu zaměstnanosti a hospodářského rozvoje župy Vas o roli sociální ekonomiky v župě a možnostech jejího rozvoje.',
    hu: 'A Vas megyei foglalkoztatási-gazdaságfejlesztési paktum Szociális gondoskodás munkacsoportjának ülése a szociális gazdaság megyei szerepéről és fejlesztési lehetőségeiről.',
    en: 'Meeting of the “Social care” working group of the Vas County employment and economic development pact on the role of the social economy in the county and how to develop it.',
  },
  description: [
    {
      sk: 'Konzorcium vedené samosprávou župy Vas získalo podporu na prevádzku Paktu zamestnanosti a hospodárskeho rozvoja župy Vas. Pakt venuje pozornosť úlohe sociálnej ekonomiky v župe, mapovaniu jej aktérov a možnostiam jej rozvoja: mimovládne organizácie, podniky a miestne samosprávy možno základnými informáciami motivovať, aby sa stali aktívnymi miestnymi aktérmi sociálnej ekonomiky a posilnili svoju schopnosť získavať zdroje. Tomu slúži pracovná skupina Sociálna starostlivosť.',
      cs: 'Konsorcium vedené samosprávou župy Vas získalo podporu na provoz Paktu zaměstnanosti a hospodářského rozvoje župy Vas. Pakt věnuje pozornost roli sociální ekonomiky v župě, zmapování jejích aktérů a možnostem jejího rozvoje: neziskové organizace, podniky a místní samosprávy lze základními informacemi motivovat, aby se staly aktivními místními aktéry sociální ekonomiky a posílily svou schopnost získávat zdroje. K tomu slouží pracovní skupina Sociální péče.',
      hu: 'A Vas Megyei Önkormányzat által vezetett konzorcium támogatást nyert a Vas megyei foglalkoztatási-gazdaságfejlesztési paktum működtetésére. A program keretében fontosnak tartjuk a szociális gazdaság megyei szerepét, szereplőinek számbavételét és fejlesztési lehetőségeit: a civil szervezetek, vállalkozások és helyi önkormányzatok alapvető információkkal motiválhatók arra, hogy a szociális gazdaság aktív helyi szereplőivé váljanak, és növeljék forrásszerzési képességüket. Ezt szolgálja a Szociális gondoskodás munkacsoport.',
      en: 'A consortium led by Vas County Council won funding to run the Vas County employment and economic development pact. The pact looks at the role of the social economy in the county, its actors and how it can develop: NGOs, businesses and local governments can be motivated, through basic information, to become active local players in the social economy and to raise more funding. The “Social care” working group serves this aim.',
    },
    {
      sk: 'V predchádzajúcich projektoch paktu pomáhala znevýhodneným členom cieľovej skupiny mentorská služba; odvtedy vzniklo župné partnerstvo pre rovnosť príležitostí, rozbehli sa programy sociálneho zamestnávania a objavili sa sociálne podniky zamestnávajúce znevýhodnených ľudí. Súčasný projekt paktu už obsahuje aj zložku rozvoja sociálnej ekonomiky, ktorá má rozšíriť pracovné príležitosti pre najviac znevýhodnené skupiny.',
      cs: 'V předchozích projektech paktu pomáhala znevýhodněným členům cílové skupiny mentorská služba; od té doby vzniklo župní partnerství pro rovné příležitosti, rozběhly se programy sociálního zaměstnávání a objevily se sociální podniky zaměstnávající znevýhodněné lidi. Současný projekt paktu už obsahuje i složku rozvoje sociální ekonomiky, která má rozšířit pracovní příležitosti pro nejvíce znevýhodněné skupiny.',
      hu: 'Az előző paktumprojektekben a hátrányos helyzetű célcsoport-tagokat mentori szolgáltatás segítette; azóta létrejött a megyei esélyteremtő partnerség, elindultak a szociális foglalkoztatási programok, és megjelentek a hátrányos helyzetűeket foglalkoztató társadalmi vállalkozások. A jelenlegi paktumprojekt már szociális gazdaságfejlesztési komponenst is tartalmaz, hogy bővüljenek a leghátrányosabb helyzetű csoportoknak munkát és esélyt kínáló lehetőségek.',
      en: 'In earlier pact projects, disadvantaged members of the target group were supported by a mentoring service; since then a county equal-opportunities partnership has been set up, social employment programmes have started and social enterprises employing disadvantaged people have appeared. The current pact project now includes a social economy development component to widen job opportunities for the most disadvantaged groups.',
    },
  ],
  when: { date: '2022-10-27', start: '10:00', end: '12:00' },
  timeZone: 'Europe/Budapest',
  mode: 'in-person',
  venueAddress: vasMegyeiOnkormanyzat,
  regionCode: 'HU222',
  languages: ['hu'],
  themes: ['social-economy', 'employment'],
  audience: vasAudience,
  status: 'published',
  demoRegistrations: 0,
}

// ---------------------------------------------------------------------------------------------
// 3. Upcoming events in all three countries (relative to the day the seed runs).
// ---------------------------------------------------------------------------------------------

const upcomingEvents: EventSeed[] = [
  // Slovakia – Košice Region: nearly full (12 seats, 10 registrations), dietary question
  {
    slug: 'kosice-skolenie-pracovnikov-komunitnych-centier',
    organisationSlug: 'kosicky-samospravny-kraj',
    type: 'training',
    title: {
      sk: 'Školenie pre pracovníkov komunitných centier: príklady dobrej praxe',
      cs: 'Školení pro pracovníky komunitních center: příklady dobré praxe',
      hu: 'Képzés közösségi központok munkatársainak: jó gyakorlatok',
      en: 'Training for community centre staff: good-practice cases',
    },
    summary: {
      sk: 'Jednodňové školenie Referátu pre sociálne vylúčené komunity o tom, ako spracovať príklady dobrej praxe z komunitných centier a odovzdať skúsenosti kolegom v kraji.',
      cs: 'Jednodenní školení Referátu pro sociálně vyloučené komunity o tom, jak zpracovat příklady dobré praxe z komunitních center a předat zkušenosti kolegům v kraji.',
      hu: 'Egynapos képzés a Kassai kerület kirekesztett közösségekkel foglalkozó referatúrájától arról, hogyan dolgozhatók fel a közösségi központok jó gyakorlatai, és hogyan adhatók át a tapasztalatok.',
      en: 'One-day training by the Košice Region’s department for socially excluded communities on writing up good-practice cases from community centres and passing on experience across the region.',
    },
    description: [
      {
        sk: 'Školenie je určené pracovníkom registrovaných komunitných centier, mimovládnych organizácií a občianskych združení v Košickom kraji. Účastníci si na vlastných príkladoch vyskúšajú, ako opísať problém, postup, výsledky a ponaučenia tak, aby sa prax dala preniesť inam.',
        cs: 'Školení je určeno pracovníkům registrovaných komunitních center, neziskových organizací a občanských sdružení v Košickém kraji. Účastníci si na vlastních příkladech vyzkoušejí, jak popsat problém, postup, výsledky a poučení tak, aby se praxe dala přenést jinam.',
        hu: 'A képzés a Kassai kerületben működő regisztrált közösségi központok, nonprofit szervezetek és civil egyesületek munkatársainak szól. A résztvevők saját példáikon gyakorolják, hogyan írják le a problémát, a megközelítést, az eredményeket és a tanulságokat úgy, hogy a gyakorlat máshol is átvehető legyen.',
        en: 'The training is for staff of registered community centres, NGOs and civic associations in the Košice Region. Using their own examples, participants practise describing the problem, approach, results and lessons learned so that the practice can be transferred elsewhere.',
      },
      {
        sk: 'Počet miest je obmedzený. Obed a občerstvenie sú zabezpečené; stravovacie požiadavky uveďte pri registrácii.',
        cs: 'Počet míst je omezený. Oběd a občerstvení jsou zajištěny; požadavky na stravu uveďte při registraci.',
        hu: 'A helyek száma korlátozott. Ebédet és frissítőt biztosítunk; étkezési igényeit kérjük, a jelentkezéskor jelezze.',
        en: 'Places are limited. Lunch and refreshments are provided; please state any dietary requirements when you register.',
      },
    ],
    when: { daysFromNow: 10, start: '09:00', end: '15:00' },
    timeZone: 'Europe/Bratislava',
    mode: 'in-person',
    venueCentreSlug: 'ksk-referat-pre-socialne-vylucene-komunity',
    regionCode: 'SK042',
    languages: ['sk', 'hu'],
    themes: ['community-life', 'education'],
    audience: {
      sk: 'Pracovníci komunitných centier, mimovládnych organizácií a občianskych združení',
      cs: 'Pracovníci komunitních center, neziskových organizací a občanských sdružení',
      hu: 'Közösségi központok, nonprofit szervezetek és civil egyesületek munkatársai',
      en: 'Staff of community centres, NGOs and civic associations',
    },
    capacity: 12,
    questions: [
      {
        key: 'dietary-requirements',
        kind: 'choice',
        required: true,
        label: { sk: 'Stravovacie požiadavky', cs: 'Požadavky na stravu', hu: 'Étkezési igények', en: 'Dietary requirements' },
        options: [
          { sk: 'Bez obmedzení', cs: 'Bez omezení', hu: 'Nincs különleges igényem', en: 'No special requirements' },
          { sk: 'Vegetariánska strava', cs: 'Vegetariánská strava', hu: 'Vegetáriánus étrend', en: 'Vegetarian' },
          { sk: 'Vegánska strava', cs: 'Veganská strava', hu: 'Vegán étrend', en: 'Vegan' },
          { sk: 'Bezlepková strava', cs: 'Bezlepková strava', hu: 'Gluténmentes étrend', en: 'Gluten-free' },
        ],
      },
    ],
    status: 'published',
    demoRegistrations: 10,
  },
  // Slovakia – Košice Region: hybrid, approval required, 25 seats
  {
    slug: 'kosice-workshop-mentori-socialne-podniky',
    organisationSlug: 'kosicky-samospravny-kraj',
    type: 'workshop',
    title: {
      sk: 'Workshop s mentormi: podnikateľské zámery pre sociálne podniky',
      cs: 'Workshop s mentory: podnikatelské záměry pro sociální podniky',
      hu: 'Műhely mentorokkal: üzleti tervek társadalmi vállalkozásoknak',
      en: 'Workshop with mentors: business plans for social enterprises',
    },
    summary: {
      sk: 'Mentori Košického samosprávneho kraja pomôžu rozpracovať podnikateľské zámery, ktoré vytvárajú prácu pre ľudí zo sociálne vylúčených komunít. Účasť je možná osobne aj online.',
      cs: 'Mentoři Košického samosprávného kraje pomohou rozpracovat podnikatelské záměry, které vytvářejí práci pro lidi ze sociálně vyloučených komunit. Účast je možná osobně i online.',
      hu: 'A Kassai kerület mentorai segítenek kidolgozni olyan üzleti terveket, amelyek munkát teremtenek a kirekesztett közösségekben élők számára. Személyesen és online is részt lehet venni.',
      en: 'Mentors of the Košice Self-Governing Region help develop business plans that create jobs for people from socially excluded communities. You can take part in person or online.',
    },
    description: [
      {
        sk: 'Workshop nadväzuje na skúsenosti zo založenia sociálneho podniku KSK. Účastníci predstavia svoj zámer, s mentormi prejdú trh, financovanie a zamestnávanie ľudí vylúčených z trhu práce a odnesú si plán ďalších krokov.',
        cs: 'Workshop navazuje na zkušenosti se založením sociálního podniku KSK. Účastníci představí svůj záměr, s mentory projdou trh, financování a zaměstnávání lidí vyloučených z trhu práce a odnesou si plán dalších kroků.',
        hu: 'A műhely a kerület saját társadalmi vállalkozásának alapításakor szerzett tapasztalatokra épül. A résztvevők bemutatják elképzelésüket, a mentorokkal áttekintik a piacot, a finanszírozást és a munkaerőpiacról kirekesztett emberek foglalkoztatását, és a következő lépések tervével távoznak.',
        en: 'The workshop draws on the experience of setting up the region’s own social enterprise. Participants present their idea, go through the market, funding and the employment of people excluded from the labour market with the mentors, and leave with a plan of next steps.',
      },
      {
        sk: 'Registrácie schvaľuje referát; prednosť majú organizácie pôsobiace v Košickom kraji. Odkaz na online pripojenie dostanete po schválení.',
        cs: 'Registrace schvaluje referát; přednost mají organizace působící v Košickém kraji. Odkaz na online připojení obdržíte po schválení.',
        hu: 'A jelentkezéseket a referatúra hagyja jóvá; előnyt élveznek a Kassai kerületben működő szervezetek. Az online csatlakozás linkjét a jóváhagyás után küldjük el.',
        en: 'Registrations are approved by the department; organisations active in the Košice Region have priority. You will receive the online link once approved.',
      },
    ],
    when: { daysFromNow: 24, start: '13:00', end: '16:30' },
    timeZone: 'Europe/Bratislava',
    mode: 'hybrid',
    venueCentreSlug: 'ksk-referat-pre-socialne-vylucene-komunity',
    onlineUrl: 'https://meet.example.org/ksk-socialne-podniky',
    regionCode: 'SK042',
    languages: ['sk'],
    themes: ['social-economy', 'employment'],
    audience: {
      sk: 'Mimovládne organizácie, obce a začínajúci sociálni podnikatelia',
      cs: 'Neziskové organizace, obce a začínající sociální podnikatelé',
      hu: 'Nonprofit szervezetek, önkormányzatok és kezdő társadalmi vállalkozók',
      en: 'NGOs, municipalities and new social entrepreneurs',
    },
    capacity: 25,
    requiresApproval: true,
    questions: [
      {
        key: 'attendance-mode',
        kind: 'choice',
        required: true,
        label: { sk: 'Ako sa zúčastníte?', cs: 'Jak se zúčastníte?', hu: 'Hogyan vesz részt?', en: 'How will you take part?' },
        options: [
          { sk: 'Osobne v Košiciach', cs: 'Osobně v Košicích', hu: 'Személyesen Kassán', en: 'In person in Košice' },
          { sk: 'Online', cs: 'Online', hu: 'Online', en: 'Online' },
        ],
      },
      {
        key: 'business-idea',
        kind: 'text',
        required: true,
        label: {
          sk: 'Stručne opíšte svoj podnikateľský zámer',
          cs: 'Stručně popište svůj podnikatelský záměr',
          hu: 'Röviden írja le üzleti elképzelését',
          en: 'Briefly describe your business idea',
        },
      },
      whatToDiscuss,
    ],
    status: 'published',
    demoRegistrations: 4,
  },
  // Slovakia – Košice Region: cancelled
  {
    slug: 'michalovce-komunitny-plan-socialnych-sluzieb',
    organisationSlug: 'kosicky-samospravny-kraj',
    type: 'other',
    title: {
      sk: 'Verejné stretnutie ku komunitnému plánu sociálnych služieb v Michalovciach',
      cs: 'Veřejné setkání ke komunitnímu plánu sociálních služeb v Michalovcích',
      hu: 'Nyilvános fórum a nagymihályi szociális szolgáltatások közösségi tervéről',
      en: 'Public meeting on the community plan of social services in Michalovce',
    },
    summary: {
      sk: 'Stretnutie obyvateľov, obcí a poskytovateľov o skutočných potrebách sociálnych služieb a možnostiach ich uspokojenia. Stretnutie sa ruší.',
      cs: 'Setkání obyvatel, obcí a poskytovatelů o skutečných potřebách sociálních služeb a možnostech jejich naplnění. Setkání se ruší.',
      hu: 'Lakosok, önkormányzatok és szolgáltatók fóruma a szociális szolgáltatások valós igényeiről és azok kielégítésének lehetőségeiről. A fórum elmarad.',
      en: 'A meeting of residents, municipalities and providers on the real needs for social services and how to meet them. The meeting is cancelled.',
    },
    description: [
      {
        sk: 'Komunitné plány rozvoja sociálnych služieb pomáhajú obciam strategicky plánovať: zistiť, aké služby ľudia naozaj potrebujú, a nájsť spôsob, ako ich zabezpečiť. Stretnutie v komunitnom centre malo otvoriť prípravu plánu pre Michalovce.',
        cs: 'Komunitní plány rozvoje sociálních služeb pomáhají obcím strategicky plánovat: zjistit, jaké služby lidé skutečně potřebují, a najít způsob, jak je zajistit. Setkání v komunitním centru mělo zahájit přípravu plánu pro Michalovce.',
        hu: 'A szociális szolgáltatások fejlesztésének közösségi tervei a települések stratégiai tervezését segítik: kideríthető belőlük, milyen szolgáltatásokra van valóban szükség, és hogyan biztosíthatók. A közösségi központban tartott fórum indította volna el Nagymihály tervének előkészítését.',
        en: 'Community plans for the development of social services help municipalities plan strategically: finding out which services people really need and how to provide them. The meeting at the community centre was to launch work on the plan for Michalovce.',
      },
      {
        sk: 'Stretnutie sa z organizačných dôvodov ruší. Registrovaných účastníkov budeme informovať o ďalšom postupe.',
        cs: 'Setkání se z organizačních důvodů ruší. Registrované účastníky budeme informovat o dalším postupu.',
        hu: 'A fórum szervezési okokból elmarad. A jelentkezőket értesítjük a további teendőkről.',
        en: 'The meeting has been cancelled for organisational reasons. Registered participants will be told about next steps.',
      },
    ],
    when: { daysFromNow: 19, start: '16:00', end: '18:00' },
    timeZone: 'Europe/Bratislava',
    mode: 'in-person',
    venueCentreSlug: 'komunitne-centrum-michalovce',
    regionCode: 'SK042',
    languages: ['sk', 'rom'],
    themes: ['community-life'],
    capacity: 30,
    status: 'cancelled',
    demoRegistrations: 2,
  },
  // Czechia – Liberec Region: full (8 seats, 11 registrations = 3 on the waitlist)
  {
    slug: 'liberec-kulaty-stul-dluhove-poradenstvi',
    organisationSlug: 'liberecky-kraj',
    type: 'workshop',
    title: {
      sk: 'Okrúhly stôl: dostupnosť dlhového poradenstva v Libereckom kraji',
      cs: 'Kulatý stůl: dostupnost dluhového poradenství v Libereckém kraji',
      hu: 'Kerekasztal: az adósságtanácsadás elérhetősége a Libereci kerületben',
      en: 'Round table: access to debt counselling in the Liberec Region',
    },
    summary: {
      sk: 'Stretnutie poskytovateľov dlhového poradenstva nad opatreniami krajskej stratégie: pokrytie celého kraja, stabilné financovanie a prepojenie so sociálnymi službami a školami.',
      cs: 'Setkání poskytovatelů dluhového poradenství nad opatřeními krajské strategie: pokrytí celého kraje, stabilní financování a provázání se sociálními službami a školami.',
      hu: 'Adósságtanácsadók találkozója a kerületi stratégia intézkedéseiről: az egész kerület lefedése, stabil finanszírozás, valamint kapcsolódás a szociális szolgáltatásokhoz és az iskolákhoz.',
      en: 'A meeting of debt counselling providers on the measures of the regional strategy: coverage of the whole region, stable funding and links with social services and schools.',
    },
    description: [
      {
        sk: 'Stratégia Libereckého kraja v oblasti dlhov sa usiluje o primeranú dostupnosť dlhového poradenstva na celom území kraja, o jeho stabilné financovanie a o spoluprácu s ďalšími aktérmi vrátane zamestnávateľov, ktorí riešia agendu exekúcií. Okrúhly stôl má malý počet miest, aby sa k slovu dostal každý.',
        cs: 'Strategie Libereckého kraje v oblasti dluhů usiluje o adekvátní dostupnost dluhového poradenství na celém území kraje, o jeho stabilní financování a o spolupráci s dalšími aktéry, včetně zaměstnavatelů řešících agendu exekucí. Kulatý stůl má malý počet míst, aby se ke slovu dostal každý.',
        hu: 'A Libereci kerület stratégiája az adósságok területén arra törekszik, hogy az adósságtanácsadás az egész kerületben megfelelően elérhető legyen, stabil finanszírozást kapjon, és együttműködjön más szereplőkkel, köztük a végrehajtási ügyekkel foglalkozó munkáltatókkal. A kerekasztalnál kevés a hely, hogy mindenki szóhoz jusson.',
        en: 'The Liberec Region’s strategy on debts aims for adequate access to debt counselling across the whole region, stable funding for it and cooperation with other actors, including employers who handle enforcement orders. The round table has few seats so that everyone gets a say.',
      },
      {
        sk: 'Na programe je aj príprava krajskej kampane proti zadlžovaniu zameranej na nevhodné pôžičky a na informovanie v rizikových situáciách.',
        cs: 'Na programu je také příprava krajské kampaně proti zadlužování zaměřené na nevhodné půjčky a na informování v rizikových situacích.',
        hu: 'Napirenden szerepel az eladósodás elleni kerületi kampány előkészítése is, amely a kedvezőtlen kölcsönökre és a kockázatos helyzetekben való tájékoztatásra összpontosít.',
        en: 'The agenda also includes preparing a regional campaign against over-indebtedness, focused on unsuitable loans and on information in risky situations.',
      },
    ],
    when: { daysFromNow: 8, start: '09:30', end: '12:30' },
    timeZone: 'Europe/Prague',
    mode: 'in-person',
    venueAddress: { name: 'Krajský úřad Libereckého kraje', street: 'U Jezu 642/2a', postcode: '461 80', municipality: 'Liberec' },
    regionCode: 'CZ051',
    languages: ['cs'],
    themes: ['debts'],
    audience: {
      sk: 'Poskytovatelia dlhového poradenstva, sociálne služby a obce Libereckého kraja',
      cs: 'Poskytovatelé dluhového poradenství, sociální služby a obce Libereckého kraje',
      hu: 'A Libereci kerület adósságtanácsadói, szociális szolgáltatói és önkormányzatai',
      en: 'Debt counselling providers, social services and municipalities of the Liberec Region',
    },
    capacity: 8,
    questions: [
      {
        key: 'district',
        kind: 'choice',
        required: true,
        label: {
          sk: 'V ktorom okrese pôsobíte?',
          cs: 'Ve kterém okrese působíte?',
          hu: 'Melyik járásban dolgozik?',
          en: 'Which district do you work in?',
        },
        options: [
          { sk: 'Okres Liberec', cs: 'Okres Liberec', hu: 'Libereci járás', en: 'Liberec district' },
          { sk: 'Okres Jablonec nad Nisou', cs: 'Okres Jablonec nad Nisou', hu: 'Jablonec nad Nisou-i járás', en: 'Jablonec nad Nisou district' },
          { sk: 'Okres Česká Lípa', cs: 'Okres Česká Lípa', hu: 'Česká Lípa-i járás', en: 'Česká Lípa district' },
          { sk: 'Okres Semily', cs: 'Okres Semily', hu: 'Semilyi járás', en: 'Semily district' },
          { sk: 'Celý kraj', cs: 'Celý kraj', hu: 'Az egész kerület', en: 'The whole region' },
        ],
      },
      whatToDiscuss,
    ],
    status: 'published',
    demoRegistrations: 11,
  },
  // Czechia – Kadaň / Prunéřov (Ústí nad Labem Region): unlimited
  {
    slug: 'prunerov-den-otevrenych-dveri',
    organisationSlug: 'mesto-kadan',
    type: 'other',
    title: {
      sk: 'Deň otvorených dverí v Centre sociálnych služieb Prunéřov',
      cs: 'Den otevřených dveří v Centru sociálních služeb Prunéřov',
      hu: 'Nyílt nap a prunéřovi Szociális Szolgáltató Központban',
      en: 'Open day at the Prunéřov Centre of Social Services',
    },
    summary: {
      sk: 'Príďte sa pozrieť do budovy č. 377: predstavíme terénny program, dlhové a pracovné poradenstvo, nízkoprahový klub pre mládež a služby pre rodiny s deťmi.',
      cs: 'Přijďte se podívat do budovy č. p. 377: představíme terénní program, dluhové a pracovní poradenství, nízkoprahový klub pro mládež a služby pro rodiny s dětmi.',
      hu: 'Jöjjön el a 377-es épületbe: bemutatjuk a terepi programot, az adósság- és munkaügyi tanácsadást, az alacsonyküszöbű ifjúsági klubot és a gyermekes családoknak szóló szolgáltatásokat.',
      en: 'Come and see building no. 377: we will present the field programme, debt and employment counselling, the low-threshold youth club and services for families with children.',
    },
    description: [
      {
        sk: 'Centrum vzniklo v rámci Komplexného programu integrácie obyvateľov Prunéřova a Kadane do spoločnosti. Pracovníci jednotlivých služieb budú k dispozícii celý deň a radi odpovedia na otázky obyvateľov, škôl, úradov aj zamestnávateľov.',
        cs: 'Centrum vzniklo v rámci Komplexního programu integrace obyvatel Prunéřova a Kadaně do společnosti. Pracovníci jednotlivých služeb budou k dispozici po celý den a rádi odpovědí na dotazy obyvatel, škol, úřadů i zaměstnavatelů.',
        hu: 'A központ a Prunéřov és Kadaň lakóinak társadalmi integrációját szolgáló komplex program keretében jött létre. Az egyes szolgáltatások munkatársai egész nap rendelkezésre állnak, és szívesen válaszolnak a lakók, iskolák, hivatalok és munkáltatók kérdéseire.',
        en: 'The centre was created under the comprehensive programme for integrating the people of Prunéřov and Kadaň into society. Staff of each service will be available all day to answer questions from residents, schools, public offices and employers.',
      },
      {
        sk: 'Pre deti a mládež je pripravený program na ihrisku pri budove. Vstup je voľný, registrácia nám pomôže pripraviť občerstvenie.',
        cs: 'Pro děti a mládež je připraven program na hřišti u budovy. Vstup je volný, registrace nám pomůže s přípravou občerstvení.',
        hu: 'A gyermekeket és fiatalokat program várja az épület melletti sportpályán. A belépés ingyenes; a regisztráció segít a frissítők előkészítésében.',
        en: 'There is a programme for children and young people on the playground next to the building. Entry is free; registering helps us plan refreshments.',
      },
    ],
    when: { daysFromNow: 17, start: '10:00', end: '16:00' },
    timeZone: 'Europe/Prague',
    mode: 'in-person',
    venueCentreSlug: 'centrum-socialnich-sluzeb-prunerov',
    regionCode: 'CZ042',
    languages: ['cs', 'rom'],
    themes: ['community-life', 'debts', 'employment', 'education'],
    audience: {
      sk: 'Obyvatelia Prunéřova a Kadane, školy, úrady a zamestnávatelia',
      cs: 'Obyvatelé Prunéřova a Kadaně, školy, úřady a zaměstnavatelé',
      hu: 'Prunéřov és Kadaň lakói, iskolák, hivatalok és munkáltatók',
      en: 'People of Prunéřov and Kadaň, schools, public offices and employers',
    },
    status: 'published',
    demoRegistrations: 6,
  },
  // Czechia – Vysočina: the platform keeps meeting after the project; postponed
  {
    slug: 'vysocina-setkani-platformy-socialniho-zaclenovani',
    organisationSlug: 'kraj-vysocina',
    type: 'working-group-meeting',
    title: {
      sk: 'Stretnutie platformy pre sociálne začleňovanie v Kraji Vysočina',
      cs: 'Setkání platformy pro sociální začleňování v Kraji Vysočina',
      hu: 'A Vysočina kerület társadalmi befogadási platformjának ülése',
      en: 'Meeting of the Vysočina Region social inclusion platform',
    },
    summary: {
      sk: 'Pravidelné stretnutie členov platformy aktérov, ktorá vznikla v projekte kraja a pokračuje aj po jeho skončení. Termín bol odložený, nový termín oznámime.',
      cs: 'Pravidelné setkání členů platformy aktérů, která vznikla v projektu kraje a pokračuje i po jeho skončení. Termín byl odložen, nový termín oznámíme.',
      hu: 'A kerület projektjében létrejött és annak lezárása után is működő szereplői platform rendszeres ülése. Az ülést elhalasztottuk, az új időpontot később közöljük.',
      en: 'Regular meeting of the platform of actors set up in the region’s project, which has kept meeting since the project ended. It has been postponed; a new date will be announced.',
    },
    description: [
      {
        sk: 'Na programe je výmena informácií o situácii v sociálne vylúčených lokalitách, o kapacitách terénnych programov a nízkoprahových zariadení a o spolupráci obcí s rozšírenou pôsobnosťou.',
        cs: 'Na programu je výměna informací o situaci v sociálně vyloučených lokalitách, o kapacitách terénních programů a nízkoprahových zařízení a o spolupráci obcí s rozšířenou působností.',
        hu: 'Napirenden szerepel a kirekesztett lokalitások helyzetéről, a terepi programok és alacsonyküszöbű intézmények kapacitásairól, valamint a kiterjesztett hatáskörű települések együttműködéséről szóló információcsere.',
        en: 'The agenda covers an exchange of information on the situation in socially excluded localities, the capacity of field programmes and low-threshold facilities, and cooperation between municipalities with extended powers.',
      },
      {
        sk: 'Rokovanie sa odkladá. Registrácie zostávajú platné a o novom termíne budeme členov informovať.',
        cs: 'Jednání se odkládá. Registrace zůstávají platné a o novém termínu budeme členy informovat.',
        hu: 'Az ülést elhalasztjuk. A jelentkezések érvényesek maradnak, az új időpontról értesítjük a tagokat.',
        en: 'The meeting is postponed. Registrations remain valid and members will be informed of the new date.',
      },
    ],
    when: { daysFromNow: 31, start: '09:00', end: '12:00' },
    timeZone: 'Europe/Prague',
    mode: 'in-person',
    venueAddress: krajskyUradJihlava,
    regionCode: 'CZ063',
    languages: ['cs'],
    themes: ['community-life'],
    audience: {
      sk: 'Členovia platformy: krajský úrad, obce, poskytovatelia služieb, úrad práce a školy',
      cs: 'Členové platformy: krajský úřad, obce, poskytovatelé služeb, úřad práce a školy',
      hu: 'A platform tagjai: kerületi hivatal, önkormányzatok, szolgáltatók, munkaügyi hivatal és iskolák',
      en: 'Platform members: regional office, municipalities, service providers, labour office and schools',
    },
    capacity: 18,
    status: 'postponed',
    demoRegistrations: 5,
  },
  // Hungary – Vas County: information day with questions
  {
    slug: 'vas-szocialis-gazdasag-tajekoztato-nap',
    organisationSlug: 'vas-megyei-onkormanyzat',
    type: 'seminar',
    title: {
      sk: 'Informačný deň o sociálnej ekonomike pre mimovládne organizácie, podniky a samosprávy',
      cs: 'Informační den o sociální ekonomice pro neziskové organizace, podniky a samosprávy',
      hu: 'Tájékoztató nap a szociális gazdaságról civil szervezeteknek, vállalkozásoknak és önkormányzatoknak',
      en: 'Social economy information day for NGOs, businesses and local governments',
    },
    summary: {
      sk: 'Základné informácie pre všetkých, ktorí sa chcú stať aktívnymi miestnymi aktérmi sociálnej ekonomiky v župe Vas, vrátane možností získavania zdrojov.',
      cs: 'Základní informace pro všechny, kdo se chtějí stát aktivními místními aktéry sociální ekonomiky v župě Vas, včetně možností získávání zdrojů.',
      hu: 'Alapvető információk mindazoknak, akik a szociális gazdaság aktív helyi szereplőivé válnának Vas megyében, a forrásszerzési lehetőségekkel együtt.',
      en: 'Basic information for everyone who wants to become an active local player in the social economy in Vas County, including ways to raise funding.',
    },
    description: [
      {
        sk: 'Pracovná skupina Sociálna starostlivosť Paktu zamestnanosti a hospodárskeho rozvoja župy Vas predstaví, čo je sociálna ekonomika, aké sociálne podniky a programy sociálneho zamestnávania v župe fungujú a ako sa môžu zapojiť mimovládne organizácie, podniky a miestne samosprávy.',
        cs: 'Pracovní skupina Sociální péče Paktu zaměstnanosti a hospodářského rozvoje župy Vas představí, co je sociální ekonomika, jaké sociální podniky a programy sociálního zaměstnávání v župě fungují a jak se mohou zapojit neziskové organizace, podniky a místní samosprávy.',
        hu: 'A Vas megyei foglalkoztatási-gazdaságfejlesztési paktum Szociális gondoskodás munkacsoportja bemutatja, mit jelent a szociális gazdaság, milyen társadalmi vállalkozások és szociális foglalkoztatási programok működnek a megyében, és hogyan kapcsolódhatnak be a civil szervezetek, vállalkozások és helyi önkormányzatok.',
        en: 'The “Social care” working group of the Vas County employment and economic development pact explains what the social economy is, which social enterprises and social employment programmes operate in the county and how NGOs, businesses and local governments can get involved.',
      },
      {
        sk: 'Druhá časť programu sa venuje grantovým a ďalším možnostiam získavania zdrojov a mentorskej službe, ktorá pomáha znevýhodneným uchádzačom o zamestnanie.',
        cs: 'Druhá část programu se věnuje grantovým a dalším možnostem získávání zdrojů a mentorské službě, která pomáhá znevýhodněným uchazečům o zaměstnání.',
        hu: 'A program második része a pályázati és egyéb forrásszerzési lehetőségekkel, valamint a hátrányos helyzetű álláskeresőket segítő mentori szolgáltatással foglalkozik.',
        en: 'The second part looks at grants and other sources of funding, and at the mentoring service that supports disadvantaged jobseekers.',
      },
    ],
    when: { daysFromNow: 14, start: '09:30', end: '13:00' },
    timeZone: 'Europe/Budapest',
    mode: 'in-person',
    venueAddress: vasMegyeiOnkormanyzat,
    regionCode: 'HU222',
    languages: ['hu'],
    themes: ['social-economy', 'employment'],
    audience: vasAudience,
    capacity: 40,
    questions: [
      {
        key: 'organisation-type',
        kind: 'choice',
        required: true,
        label: {
          sk: 'Akú organizáciu zastupujete?',
          cs: 'Jakou organizaci zastupujete?',
          hu: 'Milyen szervezetet képvisel?',
          en: 'What kind of organisation do you represent?',
        },
        options: [
          { sk: 'Mimovládna organizácia', cs: 'Nezisková organizace', hu: 'Civil szervezet', en: 'NGO' },
          { sk: 'Podnik', cs: 'Podnik', hu: 'Vállalkozás', en: 'Business' },
          { sk: 'Miestna samospráva', cs: 'Místní samospráva', hu: 'Helyi önkormányzat', en: 'Local government' },
          { sk: 'Iné', cs: 'Jiné', hu: 'Egyéb', en: 'Other' },
        ],
      },
      {
        key: 'question-for-speakers',
        kind: 'text',
        required: false,
        label: {
          sk: 'Akú otázku by ste chceli položiť prednášajúcim?',
          cs: 'Jakou otázku byste chtěli položit přednášejícím?',
          hu: 'Milyen kérdést tenne fel az előadóknak?',
          en: 'What question would you like to ask the speakers?',
        },
      },
    ],
    status: 'published',
    demoRegistrations: 7,
  },
  // Hungary – Vas County: online working-group meeting, unlimited
  {
    slug: 'vas-szocialis-gondoskodas-munkacsoport-online-ules',
    organisationSlug: 'vas-megyei-onkormanyzat',
    type: 'working-group-meeting',
    title: {
      sk: 'Online zasadnutie pracovnej skupiny „Sociálna starostlivosť“',
      cs: 'Online jednání pracovní skupiny „Sociální péče“',
      hu: 'Online munkacsoport-ülés – Szociális gondoskodás',
      en: 'Online working group meeting – “Social care”',
    },
    summary: {
      sk: 'Online zasadnutie pracovnej skupiny Sociálna starostlivosť: mapovanie aktérov sociálnej ekonomiky v župe a ďalšie kroky.',
      cs: 'Online jednání pracovní skupiny Sociální péče: zmapování aktérů sociální ekonomiky v župě a další kroky.',
      hu: 'A Szociális gondoskodás munkacsoport online ülése: a megyei szociális gazdaság szereplőinek számbavétele és a következő lépések.',
      en: 'Online meeting of the “Social care” working group: mapping the actors of the social economy in the county and next steps.',
    },
    description: [
      {
        sk: 'Pracovná skupina prejde zoznam organizácií, ktoré sa môžu zapojiť do sociálnej ekonomiky – mimovládnych organizácií, podnikov a miestnych samospráv –, ako aj spoluprácu so župným partnerstvom pre rovnosť príležitostí. Pred zasadnutím dostanú členovia program a zápisnicu z predchádzajúceho stretnutia.',
        cs: 'Pracovní skupina projde seznam organizací, které se mohou zapojit do sociální ekonomiky – neziskových organizací, podniků a místních samospráv –, a také spolupráci se župním partnerstvím pro rovné příležitosti. Před jednáním obdrží členové program a zápis z předchozího setkání.',
        hu: 'A munkacsoport áttekinti a szociális gazdaságba bekapcsolható szervezetek – civil szervezetek, vállalkozások és helyi önkormányzatok – körét, valamint a megyei esélyteremtő partnerséggel való együttműködést. Az ülés előtt a tagok megkapják a napirendet és az előző ülés emlékeztetőjét.',
        en: 'The working group reviews the organisations that could join the social economy – NGOs, businesses and local governments – and cooperation with the county equal-opportunities partnership. Members receive the agenda and the minutes of the previous meeting beforehand.',
      },
    ],
    when: { daysFromNow: 45, start: '10:00', end: '11:30' },
    timeZone: 'Europe/Budapest',
    mode: 'online',
    onlineUrl: 'https://meet.example.org/vas-szocialis-gondoskodas',
    regionCode: 'HU222',
    languages: ['hu'],
    themes: ['social-economy', 'employment'],
    audience: vasAudience,
    status: 'published',
    demoRegistrations: 3,
  },
]

export const events: EventSeed[] = [...vysocinaEvents, vasWorkingGroupMeeting, ...upcomingEvents]

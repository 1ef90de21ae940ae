import type { Locale } from '@/i18n/locales'

type Localized = Record<Locale, string>

/** The unit after a number in each plural form a language has (sk/cs: one, few, many, other). */
export type UnitForms = Record<Locale, Partial<Record<'one' | 'few' | 'many' | 'other', string>>>

/** The managed list of indicator types (code, name in four languages, default unit and its forms). */
export type IndicatorTypeSeed = { code: string; name: Localized; unit: Localized; unitForms: UnitForms }

export type CaseStudySeed = {
  slug: string
  title: Localized
  summary: Localized
  /** paragraphs */
  problem: Localized[]
  goals: Localized[]
  activities: { title: Localized; description: Localized }[]
  targetGroups: string[] // target-group codes from taxonomies.ts
  country: 'SK' | 'CZ' | 'HU'
  regionCodes: string[] // NUTS 3 codes from regions.ts
  municipality?: string
  leadOrganisationSlug: string // from organisations.ts
  partnerOrganisationSlugs: string[]
  centreSlugs: string[] // from centres.ts
  period: { from: string; to?: string } // 'YYYY-MM-DD'
  status: 'ongoing' | 'finished'
  projectNumber?: string
  funding: { source: Localized; sharePercent?: number; amount?: number; currency?: 'EUR' | 'CZK' | 'HUF' }[]
  resources: { staff?: Localized; budget?: Localized; premises?: Localized }
  results: Localized[]
  indicators: { type: string; value: number; from?: string; to?: string; note?: Localized }[]
  evidenceTier: 'promising' | 'demonstrated' | 'replicated'
  lessons: Localized[]
  transferability: Localized[]
  themes: string[] // theme codes
  contactPerson?: { name: string; email?: string; phone?: string }
}

/** One value per language, in the order sk, cs, hu, en. */
function L(sk: string, cs: string, hu: string, en: string): Localized {
  return { sk, cs, hu, en }
}

const people = L('osoby', 'osoby', 'fő', 'people')

/** sk and cs: one, few, many (decimals), other; hu and en: one, other. */
function forms(sk: string[], cs: string[], hu: string, en: [string, string]): UnitForms {
  const slavic = ([one, few, many, other]: string[]) => ({ one, few, many, other })
  return { sk: slavic(sk), cs: slavic(cs), hu: { one: hu, other: hu }, en: { one: en[0], other: en[1] } }
}

const peopleForms = forms(['osoba', 'osoby', 'osoby', 'osôb'], ['osoba', 'osoby', 'osoby', 'osob'], 'fő', ['person', 'people'])

export const indicatorTypes: IndicatorTypeSeed[] = [
  {
    code: 'people-supported',
    name: L('Podporené osoby', 'Podpořené osoby', 'Támogatott személyek', 'People supported'),
    unit: people,
    unitForms: peopleForms,
  },
  {
    code: 'people-placed-in-jobs',
    name: L('Osoby umiestnené na trh práce', 'Osoby umístěné na trh práce', 'Munkába helyezett személyek', 'People placed in jobs'),
    unit: people,
    unitForms: peopleForms,
  },
  {
    code: 'people-in-retraining',
    name: L('Osoby zaradené do rekvalifikácie', 'Osoby zařazené do rekvalifikace', 'Átképzésbe bevont személyek', 'People in retraining'),
    unit: people,
    unitForms: peopleForms,
  },
  {
    code: 'families-supported',
    name: L('Podporené rodiny', 'Podpořené rodiny', 'Támogatott családok', 'Families supported'),
    unit: L('rodiny', 'rodiny', 'család', 'families'),
    unitForms: forms(['rodina', 'rodiny', 'rodiny', 'rodín'], ['rodina', 'rodiny', 'rodiny', 'rodin'], 'család', ['family', 'families']),
  },
  {
    code: 'children-supported',
    name: L('Podporené deti', 'Podpořené děti', 'Támogatott gyermekek', 'Children supported'),
    unit: L('deti', 'děti', 'gyermek', 'children'),
    unitForms: forms(['dieťa', 'deti', 'dieťaťa', 'detí'], ['dítě', 'děti', 'dítěte', 'dětí'], 'gyermek', ['child', 'children']),
  },
  {
    code: 'participants-trained',
    name: L('Vyškolení účastníci', 'Proškolení účastníci', 'Képzésben részesült résztvevők', 'Participants trained'),
    unit: people,
    unitForms: peopleForms,
  },
  {
    code: 'meetings-held',
    name: L('Uskutočnené stretnutia', 'Uskutečněná setkání', 'Megtartott ülések', 'Meetings held'),
    unit: L('stretnutia', 'setkání', 'ülés', 'meetings'),
    unitForms: forms(['stretnutie', 'stretnutia', 'stretnutia', 'stretnutí'], ['setkání', 'setkání', 'setkání', 'setkání'], 'ülés', ['meeting', 'meetings']),
  },
  {
    code: 'seminars',
    name: L('Semináre', 'Semináře', 'Szemináriumok', 'Seminars'),
    unit: L('semináre', 'semináře', 'szeminárium', 'seminars'),
    unitForms: forms(['seminár', 'semináre', 'seminára', 'seminárov'], ['seminář', 'semináře', 'semináře', 'seminářů'], 'szeminárium', ['seminar', 'seminars']),
  },
  {
    code: 'workshops',
    name: L('Workshopy', 'Workshopy', 'Workshopok', 'Workshops'),
    unit: L('workshopy', 'workshopy', 'workshop', 'workshops'),
    unitForms: forms(['workshop', 'workshopy', 'workshopu', 'workshopov'], ['workshop', 'workshopy', 'workshopu', 'workshopů'], 'workshop', ['workshop', 'workshops']),
  },
  {
    code: 'excursions',
    name: L('Exkurzie', 'Exkurze', 'Szakmai tanulmányutak', 'Excursions'),
    unit: L('exkurzie', 'exkurze', 'tanulmányút', 'excursions'),
    unitForms: forms(['exkurzia', 'exkurzie', 'exkurzie', 'exkurzií'], ['exkurze', 'exkurze', 'exkurze', 'exkurzí'], 'tanulmányút', ['excursion', 'excursions']),
  },
  {
    code: 'conferences',
    name: L('Konferencie', 'Konference', 'Konferenciák', 'Conferences'),
    unit: L('konferencie', 'konference', 'konferencia', 'conferences'),
    unitForms: forms(['konferencia', 'konferencie', 'konferencie', 'konferencií'], ['konference', 'konference', 'konference', 'konferencí'], 'konferencia', ['conference', 'conferences']),
  },
  {
    code: 'analyses-produced',
    name: L('Vypracované analýzy', 'Zpracované analýzy', 'Elkészült elemzések', 'Analyses produced'),
    unit: L('analýzy', 'analýzy', 'elemzés', 'analyses'),
    unitForms: forms(['analýza', 'analýzy', 'analýzy', 'analýz'], ['analýza', 'analýzy', 'analýzy', 'analýz'], 'elemzés', ['analysis', 'analyses']),
  },
  {
    code: 'areas-covered',
    name: L('Pokryté územné celky', 'Pokryté územní celky', 'Lefedett közigazgatási egységek', 'Administrative areas covered'),
    unit: L('územné celky', 'územní celky', 'egység', 'areas'),
    unitForms: forms(['územný celok', 'územné celky', 'územného celku', 'územných celkov'], ['územní celek', 'územní celky', 'územního celku', 'územních celků'], 'egység', ['area', 'areas']),
  },
  {
    code: 'services-supported',
    name: L('Podporené sociálne služby', 'Podpořené sociální služby', 'Támogatott szociális szolgáltatások', 'Social services supported'),
    unit: L('služby', 'služby', 'szolgáltatás', 'services'),
    unitForms: forms(['služba', 'služby', 'služby', 'služieb'], ['služba', 'služby', 'služby', 'služeb'], 'szolgáltatás', ['service', 'services']),
  },
]

// ---------------------------------------------------------------------------------------------
// Source: Kraj Vysočina, CZ.1.04/3.2.00/B4.00007 (1 Apr 2014 – 31 Oct 2015)
// ---------------------------------------------------------------------------------------------

const vysocinaFrom = '2014-04-01'
const vysocinaTo = '2015-10-31'

const vysocina: CaseStudySeed = {
  slug: 'vysocina-socialni-integrace-romskych-lokalit',
  title: L(
    'Podpora sociálnej integrácie príslušníkov rómskych lokalít v Kraji Vysočina',
    'Podpora sociální integrace příslušníků romských lokalit v Kraji Vysočina',
    'A Vysočina kerület roma lokalitásaiban élők társadalmi integrációjának támogatása',
    'Support for the social integration of members of Roma localities in the Vysočina Region',
  ),
  summary: L(
    'Krajský projekt ESF (2014 – 2015): stála platforma aktérov s 12 stretnutiami, analýza vo všetkých 15 ORP, 4 semináre, 5 exkurzií, 7 workshopov, záverečná konferencia, podpora troch služieb oblastných charít Jihlava a Třebíč a pilotné semináre pre rómske skupiny.',
    'Krajský projekt ESF (2014–2015): stálá platforma aktérů s 12 setkáními, analýza ve všech 15 ORP, 4 semináře, 5 exkurzí, 7 workshopů, závěrečná konference, podpora tří služeb Oblastních charit Jihlava a Třebíč a pilotní semináře pro romské skupiny.',
    'Regionális ESZA-projekt (2014–2015): állandó platform 12 üléssel, elemzés mind a 15 ORP-ben, 4 szeminárium, 5 tanulmányút, 7 workshop, záró konferencia, a jihlavai és třebíči karitász három szolgáltatásának támogatása és kísérleti szemináriumok roma csoportoknak.',
    'Regional ESF project (2014–2015): a standing platform of actors with 12 meetings, an analysis in all 15 ORP districts, 4 seminars, 5 excursions, 7 workshops, a final conference, three services of the Jihlava and Třebíč charities and pilot seminars for Roma groups.',
  ),
  problem: [
    L(
      'Príslušníci sociálne vylúčených rómskych lokalít v Kraji Vysočina potrebovali dostupné, kvalitné a kontrolované služby, ktoré by podporili ich začlenenie. Sieť sociálnych služieb na území kraja bolo treba stabilizovať a rozšíriť tam, kde sa zistila potreba.',
      'Příslušníci sociálně vyloučených romských lokalit v Kraji Vysočina potřebovali dostupné, kvalitní a kontrolované služby, které by podpořily jejich začlenění. Síť sociálních služeb na území kraje bylo třeba stabilizovat a rozšířit tam, kde byla zjištěna potřeba.',
      'A Vysočina kerület szegregált roma lokalitásaiban élőknek elérhető, jó minőségű és ellenőrzött, befogadást segítő szolgáltatásokra volt szükségük. A kerület szociális szolgáltatási hálóját stabilizálni kellett, és ott, ahol igény mutatkozott, bővíteni.',
      'Members of socially excluded Roma localities in the Vysočina Region needed accessible, good-quality and supervised services to support their inclusion. The network of social services in the region had to be stabilised and extended where a need was identified.',
    ),
    L(
      'Išlo o prvý projekt kraja zameraný – v súlade s výzvou českého Ministerstva práce a sociálnych vecí (MPSV) – špeciálne na túto oblasť. Riešenie si vyžadovalo partnerstvo verejnej správy a mimovládnych organizácií aj spoločné vzdelávanie tých, ktorí služby poskytujú alebo podporujú.',
      'Šlo o první projekt kraje zaměřený – v souladu s výzvou MPSV – speciálně na tuto oblast. Řešení vyžadovalo partnerství veřejné správy a nestátních organizací i společné vzdělávání těch, kdo služby poskytují nebo podporují.',
      'Ez volt a kerület első, kifejezetten erre a területre irányuló projektje, amely a cseh Munkaügyi és Szociális Minisztérium (MPSV) pályázati felhívásához igazodott. A megoldáshoz a közigazgatás és a civil szervezetek partnerségére, valamint a szolgáltatásokat nyújtók és támogatók közös képzésére volt szükség.',
      'It was the region’s first project dedicated specifically to this field, in line with a call of the Czech Ministry of Labour and Social Affairs (MPSV). The answer required partnership between public administration and NGOs, and joint training for those who provide or support services.',
    ),
  ],
  goals: [
    L(
      'Vytvoriť podmienky na sociálne začleňovanie príslušníkov sociálne vylúčených rómskych komunít zabezpečením dostupnosti, kvality a kontroly začleňujúcich služieb.',
      'Vytvořit podmínky pro sociální začleňování příslušníků sociálně vyloučených romských komunit zajištěním dostupnosti, kvality a kontroly začleňujících služeb.',
      'Feltételeket teremteni a szegregált roma közösségek tagjainak társadalmi befogadásához a befogadást segítő szolgáltatások elérhetőségének, minőségének és ellenőrzésének biztosításával.',
      'Create the conditions for the social inclusion of members of socially excluded Roma communities by ensuring that inclusive services are available, of good quality and supervised.',
    ),
    L(
      'Vytvoriť stálu platformu aktérov, ktorí spolupôsobia pri riešení sociálneho vylúčenia príslušníkov rómskej menšiny, a odborne vzdelávať jej členov, pracovníkov verejnej správy a poskytovateľov služieb.',
      'Vytvořit stálou platformu aktérů, kteří spolupůsobí při řešení sociálního vyloučení příslušníků romské menšiny, a odborně vzdělávat její členy, pracovníky veřejné správy a poskytovatele služeb.',
      'Állandó platformot létrehozni azokból a szereplőkből, akik együtt dolgoznak a roma kisebbség tagjait érintő társadalmi kirekesztődés kezelésén, és szakmai képzést nyújtani a platform tagjainak, a közigazgatás munkatársainak és a szolgáltatóknak.',
      'Set up a standing platform of the actors who jointly tackle the social exclusion of members of the Roma minority, and provide professional training for its members, public administration staff and service providers.',
    ),
    L(
      'Zabezpečiť vybrané sociálne služby, stabilizovať ich na území kraja a rozšíriť tam, kde bola identifikovaná potreba.',
      'Zajistit vybrané sociální služby, stabilizovat je na území kraje a rozšířit tam, kde byla identifikována potřeba.',
      'Biztosítani a kiválasztott szociális szolgáltatásokat, stabilizálni őket a kerületben, és bővíteni ott, ahol igény mutatkozott.',
      'Secure selected social services, stabilise them across the region and extend them where a need was identified.',
    ),
  ],
  activities: [
    {
      title: L('Analýza vo všetkých 15 ORP', 'Analýza ve všech 15 ORP', 'Elemzés mind a 15 ORP-ben', 'Analysis in all 15 ORP districts'),
      description: L(
        'Analýza pre riadenie politiky sociálneho začleňovania a pre efektívnu a udržateľnú sieť služieb zameraných na sociálne vylúčené rómske lokality, spracovaná vo všetkých 15 obciach s rozšírenou pôsobnosťou (ORP) kraja.',
        'Analýza pro řízení politiky sociálního začleňování a pro efektivní a udržitelnou síť služeb zaměřených na sociálně vyloučené romské lokality, zpracovaná ve všech 15 obcích s rozšířenou působností (ORP) kraje.',
        'Elemzés a társadalmi befogadási politika irányításához, valamint a szegregált roma lokalitásokra irányuló hatékony és fenntartható szolgáltatási hálóhoz, a kerület mind a 15 bővített hatáskörű településén (ORP).',
        'An analysis to steer social inclusion policy and build an effective, sustainable network of services for socially excluded Roma localities, carried out in all 15 municipalities with extended powers (ORP) of the region.',
      ),
    },
    {
      title: L(
        'Platforma pre riadenie procesu integrácie',
        'Platforma pro řízení procesu integrace',
        'Az integrációs folyamatot irányító platform',
        'Platform steering the integration process',
      ),
      description: L(
        'V stálej platforme pôsobilo priebežne 12 – 18 členov z verejnej správy, poskytovateľov služieb a mimovládnych organizácií; uskutočnilo sa 12 stretnutí. Stretávanie všetkých členov má pokračovať aj po skončení projektu.',
        'Ve stálé platformě působilo průběžně 12–18 členů z veřejné správy, poskytovatelů služeb a nestátních organizací; uskutečnilo se 12 setkání. Setkávání všech členů má pokračovat i po skončení projektu.',
        'Az állandó platformnak folyamatosan 12–18 tagja volt a közigazgatásból, a szolgáltatók és a civil szervezetek köréből; 12 ülést tartottak. A tagok találkozói a projekt lezárása után is folytatódnak.',
        'The standing platform had 12–18 members from public administration, service providers and NGOs throughout and met 12 times. The members’ meetings are to continue after the project.',
      ),
    },
    {
      title: L(
        'Podpora vybraných sociálnych služieb',
        'Podpora vybraných sociálních služeb',
        'Kiválasztott szociális szolgáltatások támogatása',
        'Support for selected social services',
      ),
      description: L(
        'Podporené boli terénne programy Oblastní charity Jihlava (TP Sovy, pre cieľovú skupinu nad 15 rokov) a nízkoprahové zariadenia Oblastní charity Jihlava (Erko) a Oblastní charity Třebíč (Ambrela), obe pre mládež od 15 do 26 rokov.',
        'Podpořeny byly terénní programy Oblastní charity Jihlava (TP Sovy, pro cílovou skupinu nad 15 let) a nízkoprahová zařízení Oblastní charity Jihlava (Erko) a Oblastní charity Třebíč (Ambrela), obě pro mládež od 15 do 26 let.',
        'A projekt támogatta az Oblastní charita Jihlava terepi programjait (TP Sovy, 15 év felettieknek), valamint az Oblastní charita Jihlava (Erko) és az Oblastní charita Třebíč (Ambrela) alacsonyküszöbű intézményét, mindkettőt 15–26 éves fiataloknak.',
        'The project funded the field programmes of Oblastní charita Jihlava (TP Sovy, for people over 15) and the low-threshold facilities of Oblastní charita Jihlava (Erko) and Oblastní charita Třebíč (Ambrela), both for young people aged 15–26.',
      ),
    },
    {
      title: L(
        'Vzdelávanie členov platformy, verejnej správy a poskytovateľov',
        'Vzdělávání členů platformy, veřejné správy a poskytovatelů',
        'A platformtagok, a közigazgatás és a szolgáltatók képzése',
        'Training for platform members, public administration and providers',
      ),
      description: L(
        'Štyri jednodňové semináre, päť exkurzií, sedem workshopov a záverečná konferencia zamerané na podporu sociálneho začleňovania cieľovej skupiny a prevenciu sociálneho vylúčenia.',
        'Čtyři jednodenní semináře, pět exkurzí, sedm workshopů a závěrečná konference zaměřené na podporu sociálního začleňování cílové skupiny a prevenci sociálního vyloučení.',
        'Négy egynapos szeminárium, öt szakmai tanulmányút, hét workshop és egy záró konferencia a célcsoport társadalmi befogadásának támogatásáról és a társadalmi kirekesztődés megelőzéséről.',
        'Four one-day seminars, five excursions, seven workshops and a final conference on supporting the social inclusion of the target group and preventing social exclusion.',
      ),
    },
    {
      title: L(
        'Pilotné overenie začleňovania v Jihlave a Třebíči',
        'Pilotní ověření začleňování v Jihlavě a Třebíči',
        'A befogadási folyamat kísérleti kipróbálása Jihlavában és Třebíčben',
        'Pilot of the inclusion process in Jihlava and Třebíč',
      ),
      description: L(
        'Dve skupiny príslušníkov rómskeho etnika v Jihlave a Třebíči absolvovali po päť seminárov o zamestnanosti, sociálnych dávkach, kariérnom poradenstve, zadlženosti a sociálnej integrácii. Témy vychádzali z potrieb cieľovej skupiny zistených v plánoch sociálneho začleňovania.',
        'Dvě skupiny příslušníků romského etnika v Jihlavě a Třebíči absolvovaly každá pět seminářů o zaměstnanosti, sociálních dávkách, kariérním poradenství, zadluženosti a sociální integraci. Zaměření seminářů vzešlo z potřeb cílové skupiny zjištěných na základě plánů sociálního začleňování.',
        'Jihlavában és Třebíčben egy-egy roma csoport öt-öt szemináriumon vett részt a foglalkoztatásról, a szociális ellátásokról, a pályaorientációs tanácsadásról, az eladósodásról és a társadalmi integrációról. A témákat a célcsoportnak a társadalmi befogadási tervekben feltárt szükségletei határozták meg.',
        'Two groups of Roma people in Jihlava and Třebíč each attended five seminars on employment, social benefits, career guidance, debt and social integration. The topics came from the target group’s needs identified in the social inclusion plans.',
      ),
    },
    {
      title: L('Riadenie a administratíva', 'Řízení a administrativa', 'Projektirányítás és adminisztráció', 'Management and administration'),
      description: L(
        'Riadenie projektu, administratíva a koordinácia kľúčových aktivít na Krajskom úrade Kraja Vysočina.',
        'Řízení projektu, administrativa a koordinace klíčových aktivit na Krajském úřadě Kraje Vysočina.',
        'A projekt irányítása, adminisztrációja és a kulcstevékenységek összehangolása a Vysočina kerület hivatalában.',
        'Project management, administration and coordination of the key activities at the Vysočina Regional Authority.',
      ),
    },
  ],
  targetGroups: ['excluded-roma-communities', 'service-providers', 'children-youth', 'excluded-from-labour-market'],
  country: 'CZ',
  regionCodes: ['CZ063'],
  leadOrganisationSlug: 'kraj-vysocina',
  partnerOrganisationSlugs: ['oblastni-charita-jihlava', 'oblastni-charita-trebic'],
  // TP Sovy, Erko and Ambrela are not (yet) registered as centres in centres.ts
  centreSlugs: [],
  period: { from: vysocinaFrom, to: vysocinaTo },
  status: 'finished',
  projectNumber: 'CZ.1.04/3.2.00/B4.00007',
  funding: [
    {
      source: L(
        'Európsky sociálny fond – Operačný program Ľudské zdroje a zamestnanosť (ČR), oblasť podpory 3.2',
        'Evropský sociální fond – Operační program Lidské zdroje a zaměstnanost, oblast podpory 3.2',
        'Európai Szociális Alap – Emberi Erőforrások és Foglalkoztatás Operatív Program (Csehország), 3.2 támogatási terület',
        'European Social Fund – Human Resources and Employment Operational Programme (Czechia), area of support 3.2',
      ),
    },
  ],
  resources: {
    staff: L(
      'Riadenie a administratívu zabezpečoval Krajský úrad Kraja Vysočina; v platforme pôsobilo 12 – 18 členov. Podporené služby poskytovali Oblastní charita Jihlava a Oblastní charita Třebíč.',
      'Řízení a administrativu zajišťoval Krajský úřad Kraje Vysočina; v platformě působilo 12–18 členů. Podpořené služby poskytovaly Oblastní charita Jihlava a Oblastní charita Třebíč.',
      'Az irányítást és az adminisztrációt a Vysočina kerület hivatala végezte; a platformnak 12–18 tagja volt. A támogatott szolgáltatásokat az Oblastní charita Jihlava és az Oblastní charita Třebíč nyújtotta.',
      'The Vysočina Regional Authority handled management and administration; the platform had 12–18 members. The supported services were provided by Oblastní charita Jihlava and Oblastní charita Třebíč.',
    ),
  },
  results: [
    L(
      'Všetkých šesť kľúčových aktivít bolo splnených; analýza sa uskutočnila vo všetkých 15 ORP kraja.',
      'Všech šest klíčových aktivit bylo vytyčeno a splněno; analýza byla provedena ve všech 15 ORP kraje.',
      'Mind a hat kulcstevékenység megvalósult; az elemzés a kerület mind a 15 ORP-jére kiterjedt.',
      'All six key activities were completed; the analysis covered all 15 ORP districts of the region.',
    ),
    L(
      'V platforme pôsobilo priebežne 12 – 18 členov a uskutočnilo sa 12 jej stretnutí.',
      'V platformě působilo průběžně 12–18 členů a uskutečnilo se 12 jejích setkání.',
      'A platformnak folyamatosan 12–18 tagja volt, és 12 ülést tartott.',
      'The platform had 12–18 members throughout and held 12 meetings.',
    ),
    L(
      'Uskutočnili sa 4 jednodňové semináre, 5 exkurzií, 7 workshopov a záverečná konferencia; podporené boli služby TP Sovy, Erko a Ambrela.',
      'Proběhly 4 jednodenní semináře, 5 exkurzí, 7 workshopů a závěrečná konference; podpořeny byly služby TP Sovy, Erko a Ambrela.',
      '4 egynapos szeminárium, 5 szakmai tanulmányút, 7 workshop és egy záró konferencia valósult meg; a projekt a TP Sovy, az Erko és az Ambrela szolgáltatást támogatta.',
      '4 one-day seminars, 5 excursions, 7 workshops and a final conference took place; the TP Sovy, Erko and Ambrela services were supported.',
    ),
    L(
      'Pozitívnym výsledkom pilotného overenia bolo zamestnanie niekoľkých účastníkov seminárov, prípadne ich zaradenie do rekvalifikačných kurzov.',
      'Kladným výstupem pilotního ověření bylo zaměstnání několika účastníků seminářů, popř. jejich zařazení do rekvalifikačních kurzů.',
      'A kísérleti program kedvező eredménye, hogy a szemináriumok több résztvevője munkát talált, illetve átképző tanfolyamra került.',
      'As a positive outcome of the pilot, several seminar participants found jobs or were placed on retraining courses.',
    ),
  ],
  indicators: [
    {
      type: 'analyses-produced',
      value: 1,
      from: vysocinaFrom,
      to: vysocinaTo,
      note: L(
        'jedna analýza spracovaná pre všetkých 15 ORP kraja',
        'jedna analýza zpracovaná pro všech 15 ORP kraje',
        'egy elemzés, amely a kerület mind a 15 ORP-jére kiterjedt',
        'one analysis covering all 15 ORP districts of the region',
      ),
    },
    {
      type: 'areas-covered',
      value: 15,
      from: vysocinaFrom,
      to: vysocinaTo,
      note: L(
        'obce s rozšírenou pôsobnosťou (ORP) Kraja Vysočina',
        'obce s rozšířenou působností (ORP) Kraje Vysočina',
        'a Vysočina kerület bővített hatáskörű települései (ORP)',
        'municipalities with extended powers (ORP) of the Vysočina Region',
      ),
    },
    {
      type: 'meetings-held',
      value: 12,
      from: vysocinaFrom,
      to: vysocinaTo,
      note: L('stretnutia platformy (12 – 18 členov)', 'setkání platformy (12–18 členů)', 'platformülések (12–18 tag)', 'platform meetings (12–18 members)'),
    },
    {
      type: 'seminars',
      value: 4,
      from: vysocinaFrom,
      to: vysocinaTo,
      note: L(
        'jednodňové semináre pre členov platformy, verejnú správu a poskytovateľov služieb',
        'jednodenní semináře pro členy platformy, veřejnou správu a poskytovatele služeb',
        'egynapos szemináriumok a platformtagoknak, a közigazgatásnak és a szolgáltatóknak',
        'one-day seminars for platform members, public administration and service providers',
      ),
    },
    { type: 'excursions', value: 5, from: vysocinaFrom, to: vysocinaTo },
    { type: 'workshops', value: 7, from: vysocinaFrom, to: vysocinaTo },
    {
      type: 'conferences',
      value: 1,
      from: vysocinaFrom,
      to: vysocinaTo,
      note: L('záverečná konferencia projektu', 'závěrečná konference projektu', 'a projekt záró konferenciája', 'the project’s final conference'),
    },
    {
      type: 'services-supported',
      value: 3,
      from: vysocinaFrom,
      to: vysocinaTo,
      note: L(
        'TP Sovy a Erko (Oblastní charita Jihlava), Ambrela (Oblastní charita Třebíč)',
        'TP Sovy a Erko (Oblastní charita Jihlava), Ambrela (Oblastní charita Třebíč)',
        'TP Sovy és Erko (Oblastní charita Jihlava), Ambrela (Oblastní charita Třebíč)',
        'TP Sovy and Erko (Oblastní charita Jihlava), Ambrela (Oblastní charita Třebíč)',
      ),
    },
  ],
  evidenceTier: 'demonstrated',
  lessons: [
    L(
      'Stála platforma sa ukázala ako nosný nástroj: za 19 mesiacov sa stretla 12-krát a jej členovia sa majú stretávať aj po skončení projektu. Prepojila verejnú správu, poskytovateľov služieb a mimovládne organizácie a dala im spoločný rámec na rozhodovanie o sieti služieb.',
      'Stálá platforma se ukázala jako nosný nástroj: za 19 měsíců se sešla 12krát a její členové se mají scházet i po skončení projektu. Propojila veřejnou správu, poskytovatele služeb a nestátní organizace a dala jim společný rámec pro rozhodování o síti služeb.',
      'Az állandó platform a projekt tartóoszlopának bizonyult: 19 hónap alatt 12 alkalommal ülésezett, és tagjai a projekt lezárása után is találkoznak. Összekapcsolta a közigazgatást, a szolgáltatókat és a civil szervezeteket, és közös keretet adott a szolgáltatási hálóról szóló döntésekhez.',
      'The standing platform proved to be the backbone: it met 12 times in 19 months and its members are to keep meeting after the project. It linked public administration, service providers and NGOs and gave them a shared frame for decisions on the network of services.',
    ),
    L(
      'Semináre pre cieľovú skupinu fungovali, pretože ich témy vychádzali z potrieb zistených v plánoch sociálneho začleňovania: niekoľko účastníkov si našlo prácu alebo nastúpilo na rekvalifikáciu. Analýza vo všetkých ORP poskytla jednotný podklad na plánovanie služieb v celom kraji.',
      'Semináře pro cílovou skupinu fungovaly, protože jejich témata vycházela z potřeb zjištěných v plánech sociálního začleňování: několik účastníků našlo práci nebo nastoupilo na rekvalifikaci. Analýza ve všech ORP poskytla jednotný podklad pro plánování služeb v celém kraji.',
      'A célcsoportnak szóló szemináriumok azért váltak be, mert témáik a társadalmi befogadási tervekben feltárt szükségletekből indultak ki: több résztvevő munkát talált vagy átképzésbe kezdett. Az összes ORP-re kiterjedő elemzés egységes alapot adott a szolgáltatások tervezéséhez az egész kerületben.',
      'The seminars for the target group worked because their topics came from needs identified in the social inclusion plans: several participants found work or started retraining. The analysis across all ORP districts gave a common basis for planning services in the whole region.',
    ),
  ],
  transferability: [
    L(
      'Kombináciu analýzy vo všetkých správnych obvodoch, stálej platformy aktérov, vzdelávania a cielenej podpory vybraných služieb môže prevziať každý kraj, ktorý chce koordinovať politiku sociálneho začleňovania. Formáty vzdelávania – jednodňové semináre, exkurzie, workshopy a záverečnú konferenciu – možno ľahko preniesť aj cez hranice.',
      'Kombinaci analýzy ve všech správních obvodech, stálé platformy aktérů, vzdělávání a cílené podpory vybraných služeb může převzít každý kraj, který chce koordinovat politiku sociálního začleňování. Formáty vzdělávání – jednodenní semináře, exkurze, workshopy a závěrečnou konferenci – lze snadno přenést i přes hranice.',
      'Az összes közigazgatási körzetre kiterjedő elemzés, az állandó szereplői platform, a képzések és a kiválasztott szolgáltatások célzott támogatásának kombinációját bármely régió átveheti, amely össze akarja hangolni társadalmi befogadási politikáját. A képzési formák – egynapos szemináriumok, tanulmányutak, workshopok és záró konferencia – határokon át is könnyen alkalmazhatók.',
      'The combination of an analysis covering every administrative district, a standing platform of actors, training and targeted support for selected services can be adopted by any region that wants to coordinate its social inclusion policy. The training formats – one-day seminars, excursions, workshops and a final conference – travel easily across borders.',
    ),
    L(
      'Pilotné semináre pre skupiny príslušníkov cieľovej skupiny v dvoch mestách sú vhodné aj pre menšie obce; témy treba odvodiť z miestnych plánov sociálneho začleňovania.',
      'Pilotní semináře pro skupiny příslušníků cílové skupiny ve dvou městech jsou vhodné i pro menší obce; témata je třeba odvodit z místních plánů sociálního začleňování.',
      'A két városban a célcsoport tagjaiból álló csoportokkal tartott kísérleti szemináriumok kisebb településeken is alkalmazhatók; a témákat a helyi társadalmi befogadási tervekből kell levezetni.',
      'The pilot seminars for groups of target-group members in two towns also suit smaller municipalities; the topics should be derived from local social inclusion plans.',
    ),
  ],
  themes: ['safety-health', 'employment', 'debts', 'community-life'],
  contactPerson: { name: 'Koordinátor projektu', email: 'koordinator.projektu@example.org' },
}

// ---------------------------------------------------------------------------------------------
// Source: Centrum sociálních služeb Prunéřov (Město Kadaň), 02/2013 – 06/2015
// ---------------------------------------------------------------------------------------------

const prunerovServicesFrom = '2013-07-01'
const prunerovServicesTo = '2015-05-31'

const prunerov: CaseStudySeed = {
  slug: 'centrum-socialnich-sluzeb-prunerov-integrace',
  title: L(
    'Centrum sociálnych služieb Prunéřov – komplexný program integrácie obyvateľov Prunéřova a Kadane do spoločnosti',
    'Centrum sociálních služeb Prunéřov – komplexní program integrace obyvatel Prunéřova a Kadaně do společnosti',
    'Prunéřovi Szociális Szolgáltató Központ – Prunéřov és Kadaň lakóinak társadalmi integrációját segítő komplex program',
    'Prunéřov Centre of Social Services – a comprehensive programme for the social integration of the people of Prunéřov and Kadaň',
  ),
  summary: L(
    'Mesto Kadaň prepojilo v Prunéřove šesť nadväzujúcich služieb – terénny program, aktivizačné služby pre rodiny, dlhové a pracovné poradenstvo, nízkoprahové zariadenie pre mládež a terénny program pre užívateľov drog – pre 550 osôb za dva roky (ESF 85 %, ŠR 15 %).',
    'Město Kadaň propojilo v Prunéřově šest návazných služeb – terénní program, aktivizační služby pro rodiny, dluhové a pracovní poradenství, nízkoprahové zařízení pro mládež a terénní program pro uživatele drog – pro 550 osob za dva roky (ESF 85 %, SR 15 %).',
    'Kadaň város Prunéřovban hat egymásra épülő szolgáltatást kapcsolt össze – terepi program, családaktivizálás, adósság- és munkaügyi tanácsadás, ifjúsági klub, terepi program droghasználóknak – két év alatt 550 főnek (ESZA 85%, állami költségvetés 15%).',
    'The town of Kadaň linked six services in Prunéřov – a field programme, family activation services, debt and employment counselling, a low-threshold club for youth and a field programme for drug users – for 550 people over two years (ESF 85%, state budget 15%).',
  ),
  problem: [
    L(
      'Obyvatelia sociálne vylúčenej lokality Prunéřov pri Kadani zápasili s nezamestnanosťou, zadlžovaním, problémami s bývaním a hospodárením aj so sociálnopatologickými javmi. Od 1. 9. 2010 im priamo v lokalite pomáhali tri terénne pracovníčky mesta v trojročnom projekte „Terénní program Společný start Prunéřov u Kadaně“, ktorý sa končil v auguste 2013.',
      'Obyvatelé sociálně vyloučené lokality Prunéřov u Kadaně se potýkali s nezaměstnaností, zadlužováním, problémy s bydlením a hospodařením i se sociálně patologickými jevy. Od 1. 9. 2010 jim přímo v lokalitě pomáhaly tři terénní pracovnice města v tříletém projektu „Terénní program Společný start Prunéřov u Kadaně“, který končil v srpnu 2013.',
      'A Kadaň melletti Prunéřov szegregátumának lakói munkanélküliséggel, eladósodással, lakhatási és háztartásgazdálkodási gondokkal, valamint társadalmi devianciákkal küzdöttek. 2010. szeptember 1-jétől a város három terepi munkatársa segítette őket helyben a hároméves „Terénní program Společný start Prunéřov u Kadaně” projektben, amely 2013 augusztusában zárult.',
      'Residents of the socially excluded locality of Prunéřov near Kadaň faced unemployment, debt, problems with housing and budgeting, and social pathologies. From 1 September 2010 three of the town’s field workers helped them on the spot in the three-year project “Field Programme Common Start Prunéřov near Kadaň”, which was due to end in August 2013.',
    ),
    L(
      'Bolo preto potrebné zabezpečiť nadväznosť služieb, udržať naštartovaný rozvoj lokality a ďalej odstraňovať sociálne vylúčenie a predchádzať mu. Východiskom boli komunitný plán, strategický plán lokálneho partnerstva, strategický plán Kadane a situačná analýza sociálne vylúčených lokalít mesta.',
      'Bylo proto třeba zajistit návaznost služeb, udržet nastartovaný rozvoj lokality a pokračovat v odstraňování a předcházení sociální exkluzi. Východiskem byly komunitní plán, strategický plán lokálního partnerství, strategický plán Kadaně a situační analýza sociálně vyloučených lokalit na území města.',
      'Ezért biztosítani kellett a szolgáltatások folytonosságát, fenntartani a telep megindult fejlődését, és tovább kellett dolgozni a társadalmi kirekesztődés felszámolásán és megelőzésén. A kiindulópontot a város közösségi terve, a helyi partnerség stratégiai terve, Kadaň stratégiai terve és a város szegregátumainak helyzetelemzése jelentette.',
      'Continuity of services therefore had to be secured, the locality’s development kept going and social exclusion further reduced and prevented. The starting points were the town’s community plan, the strategic plan of the local partnership, Kadaň’s strategic plan and a situation analysis of the town’s socially excluded localities.',
    ),
  ],
  goals: [
    L(
      'Vytvoriť systém vzájomne spolupracujúcich a komunikujúcich sociálnych služieb, ktoré efektívne podporia klientov na ich ceste k začleneniu do bežnej spoločnosti.',
      'Vytvořit systém vzájemně kooperujících a komunikujících sociálních služeb, které efektivně podpoří klienty na jejich cestě k začlenění do běžné společnosti.',
      'Egymással együttműködő és kommunikáló szociális szolgáltatások rendszerét kialakítani, amely hatékonyan támogatja az ügyfeleket a többségi társadalomba való beilleszkedés útján.',
      'Build a system of social services that cooperate and communicate with each other and effectively support clients on their way to inclusion in mainstream society.',
    ),
    L(
      'Pomôcť klientom zbaviť sa predlženia, zvýšiť finančnú gramotnosť dospelých aj mládeže a umožniť im vstup na legálny trh práce.',
      'Pomoci klientům zbavit se předlužení, zvýšit finanční gramotnost dospělých i mládeže a umožnit jim vstup na legální trh práce.',
      'Segíteni az ügyfeleknek a túladósodásból való kilábalásban, javítani a felnőttek és a fiatalok pénzügyi tudatosságát, és lehetővé tenni belépésüket a legális munkaerőpiacra.',
      'Help clients get out of over-indebtedness, raise the financial literacy of adults and young people, and open the way to the legal labour market.',
    ),
    L(
      'Udržať rodiny funkčné, nerozdelené a samostatné a ponúknuť mládeži zmysluplné trávenie voľného času, pozitívne vzory a orientáciu pri voľbe povolania.',
      'Udržet rodiny funkční, nerozdělené a samostatné a nabídnout mládeži smysluplné trávení volného času, pozitivní vzory a orientaci při volbě povolání.',
      'A családokat működőképes, egységes és önálló egységként megtartani, a fiataloknak pedig értelmes szabadidőt, pozitív mintákat és pályaválasztási eligazodást kínálni.',
      'Keep families functioning, together and independent, and offer young people meaningful leisure, positive role models and guidance in choosing a career.',
    ),
  ],
  activities: [
    {
      title: L(
        'Terénny program (§ 69 českého zákona č. 108/2006 Sb.)',
        'Terénní program (§ 69 zákona č. 108/2006 Sb.)',
        'Terepi program (a 108/2006. sz. cseh törvény 69. §-a)',
        'Field programme (Section 69, Czech Act No. 108/2006)',
      ),
      description: L(
        'Päť pracovných miest: metodik, dvaja sociálni pracovníci a dvaja pracovníci v sociálnych službách. Služba beží denne v celkovom rozsahu 52 hodín týždenne a zabezpečuje ju mesto. Zachytenie klienta, motivácia k riešeniu problémov s bývaním, dlhmi, hospodárením, úradmi, prácou či vzdelaním a sprostredkovanie nadväzujúcich služieb; plán 150 podporených osôb.',
        'Pět pracovních míst: metodik, dva sociální pracovníci a dva pracovníci v sociálních službách. Služba je poskytována denně v celkovém objemu 52 hodin týdně a zajišťuje ji město. Záchyt klienta, motivace k aktivní účasti na řešení problémů s bydlením, dluhy, hospodařením, úřady, prací či vzděláním a zprostředkování návazných služeb; plán 150 podpořených osob.',
        'Öt munkahely: egy módszertani munkatárs, két szociális munkás és két szociális segítő. A szolgáltatás naponta, összesen heti 52 órában működik, a város biztosítja. Az ügyfelek elérése, motiválása a lakhatási, adóssági, gazdálkodási, hivatali, munkavállalási és tanulási gondjaik megoldására, valamint továbbirányítás más szolgáltatásokhoz; a terv 150 támogatott fő.',
        'Five posts: a methodologist, two social workers and two social care workers. Runs daily, 52 hours a week in total, provided by the town. Reaching clients, motivating them to tackle housing, debt, budgeting, public-office, work or education problems and referring them to follow-up services; 150 people planned.',
      ),
    },
    {
      title: L(
        'Sociálne aktivizačné služby pre rodiny s deťmi (§ 65)',
        'Sociálně aktivizační služby pro rodiny s dětmi (§ 65)',
        'Szociális aktivizáló szolgáltatás gyermekes családoknak (65. §)',
        'Social activation services for families with children (Section 65)',
      ),
      description: L(
        'Päť pracovných miest: metodik a štyria sociálni pracovníci s úväzkom 0,6. Pondelok, streda a piatok od 9.00 do 17.00 h, zabezpečuje externý dodávateľ. Výchovné, vzdelávacie a aktivizačné činnosti, nácvik rodičovských rolí, sociálnoterapeutické činnosti (bývanie, dlhy, finančná gramotnosť) a pomoc pri uplatňovaní práv rodiny; plán cca 200 osôb.',
        'Pět pracovních míst: metodik a čtyři sociální pracovníci po 0,6 úvazku. Pondělí, středa a pátek od 9 do 17 hodin, zajišťuje externí dodavatel. Výchovné, vzdělávací a aktivizační činnosti, nácvik rodičovských rolí, sociálně terapeutické činnosti (bydlení, dluhy, finanční gramotnost) a pomoc při uplatňování práv rodiny; plán cca 200 osob.',
        'Öt munkahely: egy módszertani munkatárs és négy, egyenként 0,6-os munkaidőben dolgozó szociális munkás. Hétfőn, szerdán és pénteken 9 és 17 óra között, külső szolgáltató biztosítja. Nevelési, oktatási és aktivizáló foglalkozások, a szülői szerepek gyakorlása, szocioterápiás tevékenység (lakhatás, adósságok, pénzügyi tudatosság) és segítség a család jogainak érvényesítésében; a terv mintegy 200 fő.',
        'Five posts: a methodologist and four social workers at 0.6 FTE each. Monday, Wednesday and Friday from 9:00 to 17:00, provided by an external contractor. Educational and activation work, practising parenting roles, social therapy (housing, debt, financial literacy) and help with asserting the family’s rights; about 200 people planned.',
      ),
    },
    {
      title: L('Dlhové poradenstvo (§ 37)', 'Dluhové poradenství (§ 37)', 'Adósságtanácsadás (37. §)', 'Debt counselling (Section 37)'),
      description: L(
        'Dve pracovné miesta: sociálny pracovník a právnik na dohodu o vykonaní práce. Štyri pracovné dni v týždni, zabezpečuje externý dodávateľ. Bezplatné poradenstvo pri nesplácaných dlhoch, podpora pri rokovaní s veriteľmi a exekútormi v koordinácii s pracovným poradenstvom a poradenstvo v sociálnoprávnej, pracovnoprávnej, nájomnej a spotrebiteľskej oblasti; plán 180 osôb.',
        'Dvě pracovní místa: sociální pracovník a právník na dohodu o provedení práce. Čtyři pracovní dny v týdnu, zajišťuje externí dodavatel. Bezplatné poradenství při nesplácených dluzích, podpora při jednání s věřiteli a exekutory v koordinaci s pracovním poradenstvím a poradenství v oblasti sociálně právní, pracovněprávní, nájemní a ochrany spotřebitele; plán 180 osob.',
        'Két munkahely: egy szociális munkás és egy megbízási szerződéssel dolgozó jogász. Heti négy munkanapon, külső szolgáltató biztosítja. Ingyenes tanácsadás ki nem fizetett adósságok esetén, támogatás a hitelezőkkel és végrehajtókkal való tárgyalásban a munkaügyi tanácsadással összehangolva, valamint szociális jogi, munkajogi, bérleti és fogyasztóvédelmi tanácsadás; a terv 180 fő.',
        'Two posts: a social worker and a lawyer on a short-term work agreement. Four working days a week, provided by an external contractor. Free counselling on unpaid debts, support in dealing with creditors and bailiffs coordinated with employment counselling, plus advice on social-legal, employment, tenancy and consumer matters; 180 people planned.',
      ),
    },
    {
      title: L(
        'Nízkoprahové zariadenie pre deti a mládež (§ 62)',
        'Nízkoprahové zařízení pro děti a mládež (§ 62)',
        'Alacsonyküszöbű intézmény gyermekeknek és fiataloknak (62. §)',
        'Low-threshold facility for children and youth (Section 62)',
      ),
      description: L(
        'Tri pracovné miesta: dvaja sociálni pracovníci a pracovník v sociálnych službách. Každý pracovný deň, spolu 34 hodín týždenne, okamžitá kapacita 30 osôb; zabezpečuje externý dodávateľ. Prevencia sociálnopatologických javov, zmysluplný voľný čas, osobnostný rozvoj a orientácia pri voľbe povolania pre mládež od 15 do 26 rokov; plán cca 50 osôb.',
        'Tři pracovní místa: dva sociální pracovníci a pracovník v sociálních službách. Každý všední den, celkem 34 hodin týdně, okamžitá kapacita 30 osob; zajišťuje externí dodavatel. Prevence sociálně patologických jevů, smysluplné trávení volného času, osobnostní rozvoj a orientace při volbě povolání pro mládež od 15 do 26 let; plán cca 50 osob.',
        'Három munkahely: két szociális munkás és egy szociális segítő. Minden hétköznap, összesen heti 34 órában, egyszerre 30 fő fogadására alkalmas; külső szolgáltató biztosítja. A társadalmi devianciák megelőzése, értelmes szabadidő, személyiségfejlesztés és pályaválasztási eligazodás 15–26 éves fiataloknak; a terv mintegy 50 fő.',
        'Three posts: two social workers and a social care worker. Every weekday, 34 hours a week in total, with an immediate capacity of 30; provided by an external contractor. Prevention of risky behaviour, meaningful leisure, personal development and career orientation for young people aged 15 to 26; about 50 people planned.',
      ),
    },
    {
      title: L('Pracovné poradenstvo', 'Pracovní poradenství', 'Munkaügyi tanácsadás', 'Employment counselling'),
      description: L(
        'Tri pracovné miesta: pracovný poradca, metodik na štvrtinový úväzok a pracovný asistent na štvrtinový úväzok. Štyri dni v týždni (32 hodín), zabezpečuje externý dodávateľ. Skupinové a individuálne vzdelávacie, poradenské a motivačné programy, bilančná diagnostika, individuálny plán, podpora pri hľadaní legálneho zamestnania a pracovná asistencia v adaptačnej fáze; plán 60 osôb, z toho 10 umiestnených na trh práce.',
        'Tři pracovní místa: pracovní poradce, metodik na čtvrtinový úvazek a pracovní asistent na čtvrtinový úvazek. Čtyři dny v týdnu (32 hodin), zajišťuje externí dodavatel. Skupinové a individuální vzdělávací, poradenské a motivační programy, bilanční diagnostika, individuální plán, podpora při hledání legálního zaměstnání a pracovní asistence v adaptační fázi; plán 60 osob, z toho 10 umístěných na trh práce.',
        'Három munkahely: egy munkaügyi tanácsadó, valamint negyed munkaidőben egy módszertani munkatárs és egy munkaasszisztens. Heti négy napon (32 órában), külső szolgáltató biztosítja. Csoportos és egyéni képzési, tanácsadó és motivációs programok, kompetenciamérés, egyéni terv, segítség a legális álláskeresésben és munkahelyi asszisztencia a beilleszkedés időszakában; a terv 60 fő, közülük 10 fő munkába helyezése.',
        'Three posts: an employment counsellor plus a methodologist and a job assistant at a quarter FTE each. Four days a week (32 hours), provided by an external contractor. Group and individual training, counselling and motivation programmes, skills assessment, an individual plan, support in finding legal work and on-the-job assistance while settling in; 60 people planned, 10 of them placed in jobs.',
      ),
    },
    {
      title: L(
        'Terénny program pre užívateľov návykových látok (§ 69)',
        'Terénní program pro uživatele návykových látek (§ 69)',
        'Terepi program szerhasználóknak (69. §)',
        'Field programme for people who use drugs (Section 69)',
      ),
      description: L(
        'Dve pracovné miesta: sociálny pracovník a pracovník v sociálnych službách. Každý pracovný deň (37 hodín týždenne), zabezpečuje externý dodávateľ. Programy znižovania rizík, informačný servis a základné poradenstvo, sociálna asistencia a vybavenie osobných dokladov, sprostredkovanie testovania infekčných ochorení, krízová intervencia a sprostredkovanie nadväzujúcej starostlivosti; plán 60 osôb, z toho 10 umiestnených na trh práce.',
        'Dvě pracovní místa: sociální pracovník a pracovník v sociálních službách. Každý všední den (37 hodin týdně), zajišťuje externí dodavatel. Programy snižování rizik, informační servis a základní poradenství, sociální asistence a vyřízení osobních dokladů, zprostředkování testování infekčních onemocnění, krizová intervence a zprostředkování návazné péče; plán 60 osob, z toho 10 umístěných na trh práce.',
        'Két munkahely: egy szociális munkás és egy szociális segítő. Minden hétköznap (heti 37 órában), külső szolgáltató biztosítja. Ártalomcsökkentő programok, tájékoztatás és alapszintű tanácsadás, szociális asszisztencia és a személyes iratok intézése, fertőző betegségek szűrésének megszervezése, krízisintervenció és továbbirányítás; a terv 60 fő, közülük 10 fő munkába helyezése.',
        'Two posts: a social worker and a social care worker. Every weekday (37 hours a week), provided by an external contractor. Harm reduction, information and basic counselling, social assistance and help with identity documents, referral to testing for infectious diseases, crisis intervention and referral to follow-up care; 60 people planned, 10 of them placed in jobs.',
      ),
    },
    {
      title: L(
        'Riadenie a koordinácia projektu',
        'Řízení a koordinace projektových aktivit',
        'A projekt irányítása és koordinációja',
        'Project management and coordination',
      ),
      description: L(
        'Manažér projektu a finančný manažér na dohodu o pracovnej činnosti a koordinátor s úväzkom 0,7 počas 29 mesiacov: kontrola aktivít, transparentné účtovníctvo, dokumentácia, monitorovacie a záverečná správa, audit a udržanie platformy lokálneho partnerstva po odchode českej Agentúry pre sociálne začleňovanie.',
        'Manažer projektu a finanční manažer na dohodu o pracovní činnosti a koordinátor na 0,7 úvazku po dobu 29 měsíců: kontrola aktivit, transparentní účetnictví, dokumentace, monitorovací a závěrečná zpráva, audit a udržení platformy lokálního partnerství po odchodu Agentury pro sociální začleňování.',
        'Projektmenedzser és pénzügyi menedzser megbízási jogviszonyban, valamint 0,7-es munkaidőben foglalkoztatott koordinátor 29 hónapon át: a tevékenységek ellenőrzése, átlátható könyvelés, dokumentáció, monitoring- és zárójelentés, könyvvizsgálat, valamint a helyi partnerségi platform fenntartása a cseh Társadalmi Befogadási Ügynökség kivonulása után.',
        'A project manager and a financial manager on part-time work agreements and a coordinator at 0.7 FTE for 29 months: checking activities, transparent accounting, documentation, monitoring and final reports, the audit, and keeping the local partnership platform going after the Agency for Social Inclusion left.',
      ),
    },
  ],
  targetGroups: [
    'excluded-roma-communities',
    'families-with-children',
    'children-youth',
    'people-in-debt',
    'people-who-use-drugs',
    'excluded-from-labour-market',
  ],
  country: 'CZ',
  regionCodes: ['CZ042'],
  municipality: 'Kadaň',
  leadOrganisationSlug: 'mesto-kadan',
  partnerOrganisationSlugs: [],
  centreSlugs: ['centrum-socialnich-sluzeb-prunerov'],
  period: { from: '2013-02-01', to: '2015-06-30' },
  status: 'finished',
  // the source gives only the prefix CZ.1.04/3.2.00/ of the registration number
  funding: [
    {
      source: L(
        'Európsky sociálny fond – Operačný program Ľudské zdroje a zamestnanosť (ČR), prioritná os 3, oblasť podpory 3.2',
        'Evropský sociální fond – Operační program Lidské zdroje a zaměstnanost, prioritní osa 3, oblast podpory 3.2',
        'Európai Szociális Alap – Emberi Erőforrások és Foglalkoztatás Operatív Program (Csehország), 3. prioritási tengely, 3.2 terület',
        'European Social Fund – Human Resources and Employment Operational Programme (Czechia), priority axis 3, area of support 3.2',
      ),
      sharePercent: 85,
    },
    {
      source: L('Štátny rozpočet Českej republiky', 'Státní rozpočet České republiky', 'Csehország állami költségvetése', 'State budget of the Czech Republic'),
      sharePercent: 15,
    },
  ],
  resources: {
    staff: L(
      'Dvadsať pracovných miest v šiestich službách (terénny program 5, sociálne aktivizačné služby 5, dlhové poradenstvo 2, nízkoprahové zariadenie 3, pracovné poradenstvo 3, terénny program pre užívateľov návykových látok 2) a projektový tím: manažér, koordinátor s úväzkom 0,7 a finančný manažér. Terénny program zabezpečuje mesto, ostatné služby externí dodávatelia. Týždenný rozsah: 52 h, po/st/pi 9.00 – 17.00, 4 dni, 34 h, 32 h a 37 h.',
      'Dvacet pracovních míst v šesti službách (terénní program 5, sociálně aktivizační služby 5, dluhové poradenství 2, nízkoprahové zařízení 3, pracovní poradenství 3, terénní program pro uživatele návykových látek 2) a projektový tým: manažer, koordinátor na 0,7 úvazku a finanční manažer. Terénní program zajišťuje město, ostatní služby externí dodavatelé. Týdenní rozsah: 52 h, po/st/pá 9–17 h, 4 dny, 34 h, 32 h a 37 h.',
      'Húsz munkahely hat szolgáltatásban (terepi program 5, családaktivizáló szolgáltatás 5, adósságtanácsadás 2, alacsonyküszöbű intézmény 3, munkaügyi tanácsadás 3, terepi program szerhasználóknak 2), valamint a projektcsapat: menedzser, 0,7-es munkaidős koordinátor és pénzügyi menedzser. A terepi programot a város, a többit külső szolgáltatók biztosítják. Heti időkeret: 52 óra, hétfő/szerda/péntek 9–17, 4 nap, 34, 32 és 37 óra.',
      'Twenty posts across six services (field programme 5, family activation services 5, debt counselling 2, low-threshold facility 3, employment counselling 3, field programme for drug users 2) plus the project team: a manager, a coordinator at 0.7 FTE and a financial manager. The town runs the field programme; external contractors provide the rest. Weekly hours: 52, Mon/Wed/Fri 9:00–17:00, 4 days, 34, 32 and 37.',
    ),
    premises: L(
      'Zrekonštruovaná časť objektu č. 377 v Prunéřove s priestormi pre nízkoprahové zariadenie, poradenstvo a sociálne aktivizačné služby a nové ihrisko s asfaltovým povrchom; investičný projekt Centrum sociálnych služieb bol hradený z Európskeho fondu regionálneho rozvoja (5,28 mil. Kč vrátane vnútorného vybavenia).',
      'Zrekonstruovaná část objektu č. p. 377 v Prunéřově s prostory pro nízkoprahové zařízení, poradenství a sociálně aktivizační služby a nové hřiště s asfaltovým povrchem; investiční projekt Centrum sociálních služeb byl hrazen z Evropského fondu pro regionální rozvoj (5,28 mil. Kč včetně vnitřního vybavení).',
      'A prunéřovi 377-es épület felújított része az alacsonyküszöbű intézmény, a tanácsadás és a családaktivizáló szolgáltatás helyiségeivel, valamint egy új, aszfaltburkolatú sportpálya; a Szociális Szolgáltató Központ beruházási projektjét az Európai Regionális Fejlesztési Alap finanszírozta (5,28 millió CZK a belső berendezéssel együtt).',
      'The refurbished part of building no. 377 in Prunéřov with rooms for the low-threshold facility, counselling and family activation services, and a new asphalt playground; the Centre of Social Services investment project was paid for by the European Regional Development Fund (CZK 5.28 million including furnishings).',
    ),
  },
  results: [
    L(
      'Služby nadviazali na predchádzajúci terénny program a od júla 2013 do mája 2015 sa poskytovali v zrekonštruovanej časti objektu č. 377 ako prepojený systém, v ktorom terénny program slúži ako prvý kontakt pre špecializované služby.',
      'Služby navázaly na předchozí terénní program a od července 2013 do května 2015 byly poskytovány v zrekonstruované části objektu č. p. 377 jako propojený systém, v němž terénní program slouží k prvozáchytu klienta pro specializované služby.',
      'A szolgáltatások a korábbi terepi programra épültek, és 2013 júliusától 2015 májusáig a 377-es épület felújított részében összekapcsolt rendszerként működtek, amelyben a terepi program jelenti az első kapcsolatot a szakosított szolgáltatások felé.',
      'The services built on the earlier field programme and from July 2013 to May 2015 were delivered as a linked system in the refurbished part of building no. 377, with the field programme as the first point of contact for the specialised services.',
    ),
    L(
      'Projekt uvádza 550 podporených osôb z cieľovej skupiny za dva roky; pracovné poradenstvo a terénny program pre užívateľov návykových látok počítali každý s umiestnením 10 osôb na trh práce.',
      'Projekt uvádí 550 podpořených osob z cílové skupiny za dva roky; pracovní poradenství a terénní program pro uživatele návykových látek počítaly každý s umístěním 10 osob na trh práce.',
      'A projekt két év alatt 550 támogatott főt jelöl meg a célcsoportból; a munkaügyi tanácsadás és a szerhasználóknak szóló terepi program egyaránt 10 fő munkába helyezésével számolt.',
      'The project states 550 people from the target group supported over two years; employment counselling and the field programme for drug users each planned to place 10 people in jobs.',
    ),
    L(
      'Cieľová skupina sa podieľala na strategickom plánovaní aj na určení potrieb, na ktoré aktivity reagujú; klient si s pomocou poskytovateľa sám formuluje zákazku, na ktorej plnení sa obe strany podieľajú podľa zmluvne potvrdeného postupu.',
      'Cílová skupina byla zapojena do strategického plánování i do identifikace potřeb, na které aktivity reagují; klient s pomocí poskytovatele sám formuluje zakázku, na jejímž plnění se obě strany podílejí podle dohodnutého a smluvně stvrzeného postupu.',
      'A célcsoport részt vett a stratégiai tervezésben és azoknak a szükségleteknek a feltárásában, amelyekre a tevékenységek válaszolnak; az ügyfél a szolgáltató segítségével maga fogalmazza meg a megbízást, amelynek teljesítésében a szerződésben rögzített módon mindkét fél részt vesz.',
      'The target group took part in strategic planning and in identifying the needs the activities respond to; with the provider’s help the client formulates their own goal, which both sides then pursue according to a procedure agreed in a contract.',
    ),
  ],
  indicators: [
    {
      type: 'people-supported',
      value: 550,
      from: prunerovServicesFrom,
      to: prunerovServicesTo,
      note: L(
        'osoby z cieľovej skupiny za dva roky poskytovania služieb (údaj z prezentácie projektu)',
        'osoby z cílové skupiny za dva roky poskytování služeb (údaj z prezentace projektu)',
        'a célcsoport tagjai a szolgáltatásnyújtás két éve alatt (a projekt bemutatója szerint)',
        'people from the target group over two years of services (figure from the project presentation)',
      ),
    },
    {
      type: 'people-placed-in-jobs',
      value: 10,
      from: prunerovServicesFrom,
      to: prunerovServicesTo,
      note: L('pracovné poradenstvo (plánovaná hodnota)', 'pracovní poradenství (plánovaná hodnota)', 'munkaügyi tanácsadás (tervezett érték)', 'employment counselling (planned value)'),
    },
    {
      type: 'people-placed-in-jobs',
      value: 10,
      from: prunerovServicesFrom,
      to: prunerovServicesTo,
      note: L(
        'terénny program pre užívateľov návykových látok (plánovaná hodnota)',
        'terénní program pro uživatele návykových látek (plánovaná hodnota)',
        'terepi program szerhasználóknak (tervezett érték)',
        'field programme for drug users (planned value)',
      ),
    },
  ],
  // the figures come from the project presentation (targets), not from an evaluation
  evidenceTier: 'promising',
  lessons: [
    L(
      'Nadväznosť je kľúčová: projekt bol pripravený tak, aby služby pokračovali po skončení predchádzajúceho terénneho programu a naštartovaný rozvoj lokality sa nezastavil. Terénny program slúži ako brána, cez ktorú sa klienti dostávajú k špecializovaným službám.',
      'Návaznost je klíčová: projekt byl připraven tak, aby služby pokračovaly po skončení předchozího terénního programu a nastartovaný rozvoj lokality se nezastavil. Terénní program slouží jako brána, přes kterou se klienti dostávají ke specializovaným službám.',
      'A folytonosság kulcsfontosságú: a projektet úgy készítették elő, hogy a szolgáltatások a korábbi terepi program lezárása után is folytatódjanak, és a telep megindult fejlődése ne akadjon el. A terepi program kapuként szolgál, amelyen át az ügyfelek eljutnak a szakosított szolgáltatásokhoz.',
      'Continuity is key: the project was designed so that services carried on after the earlier field programme ended and the locality’s development did not stall. The field programme acts as the gateway through which clients reach the specialised services.',
    ),
    L(
      'Prepojenie dlhového a pracovného poradenstva mieri na hlavnú prekážku vstupu na legálny trh práce – predlženie. Aktívna rola klienta a zmluvne potvrdená zákazka, v ktorej je poskytovateľ čo najviac v asistenčnej role, posilňujú zodpovednosť oboch strán.',
      'Propojení dluhového a pracovního poradenství míří na hlavní překážku vstupu na legální trh práce – předlužení. Klient v co nejvíce aktivní roli a poskytovatel v co nejvíce asistenční roli, spojení smluvně stvrzenou zakázkou, posilují odpovědnost obou stran.',
      'Az adósság- és a munkaügyi tanácsadás összekapcsolása a legális munkaerőpiacra lépés fő akadályát, a túladósodást célozza. Az ügyfél a lehető legaktívabb, a szolgáltató a lehető leginkább segítő szerepben van, a megbízást szerződés rögzíti – ez mindkét fél felelősségét erősíti.',
      'Linking debt and employment counselling targets the main barrier to the legal labour market – over-indebtedness. With the client in as active a role and the provider in as assisting a role as possible, bound by a contractually agreed goal, both sides take responsibility.',
    ),
  ],
  transferability: [
    L(
      'Model jedného centra s niekoľkými nadväzujúcimi službami priamo v sociálne vylúčenej lokalite je prenosný do ďalších miest; na Slovensku a v Maďarsku by služby vychádzali z tamojších zákonov o sociálnych službách. Predpokladom sú vlastné analytické a koncepčné materiály obce (komunitný plán, situačná analýza), vhodné priestory a zapojenie cieľovej skupiny do plánovania.',
      'Model jednoho centra s několika navazujícími službami přímo v sociálně vyloučené lokalitě je přenositelný do dalších měst; na Slovensku a v Maďarsku by služby vycházely z tamních zákonů o sociálních službách. Předpokladem jsou vlastní analytické a koncepční materiály obce (komunitní plán, situační analýza), vhodné prostory a zapojení cílové skupiny do plánování.',
      'Az egy központban, közvetlenül a szegregátumban működő, egymásra épülő szolgáltatások modellje más városokba is átültethető; Szlovákiában és Magyarországon a szolgáltatásokat az ottani szociális törvények szerint kell kialakítani. Feltétele, hogy a településnek legyenek saját elemzései és tervei (közösségi terv, helyzetelemzés), alkalmas helyiségei, és hogy a célcsoport részt vegyen a tervezésben.',
      'The model of one centre with several linked services located in the socially excluded locality itself can be transferred to other towns; in Slovakia and Hungary the services would follow those countries’ social services laws. It requires the municipality’s own analyses and plans (community plan, situation analysis), suitable premises and the target group’s involvement in planning.',
    ),
    L(
      'Kombinácia služby zabezpečovanej mestom a služieb externých dodávateľov pod jednou koordináciou ukazuje, ako môže obec riadiť sieť služieb bez toho, aby všetko poskytovala sama.',
      'Kombinace služby zajišťované městem a služeb externích dodavatelů pod jednou koordinací ukazuje, jak může obec řídit síť služeb, aniž by vše poskytovala sama.',
      'A város által nyújtott és a külső szolgáltatók által biztosított szolgáltatások közös koordinációja megmutatja, hogyan irányíthatja egy önkormányzat a szolgáltatási hálót úgy, hogy nem mindent maga nyújt.',
      'Combining a service run by the town with services bought from external contractors under one coordination shows how a municipality can steer a network of services without providing everything itself.',
    ),
  ],
  themes: ['debts', 'employment', 'housing', 'safety-health', 'community-life'],
  contactPerson: { name: 'Koordinátor projektu', email: 'css-prunerov@example.org' },
}

// ---------------------------------------------------------------------------------------------
// Source: Košický samosprávny kraj, Referát pre sociálne vylúčené komunity (page of 7 Oct 2014)
// ---------------------------------------------------------------------------------------------

const kosice: CaseStudySeed = {
  slug: 'ksk-socialne-podnikanie-a-komunitne-centra',
  title: L(
    'Sociálny rozvoj mikroregiónov a sociálne podnikanie v Košickom kraji',
    'Sociální rozvoj mikroregionů a sociální podnikání v Košickém kraji',
    'Mikrotérségek társadalmi fejlesztése és szociális vállalkozás a Kassai kerületben',
    'Social development of micro-regions and social entrepreneurship in the Košice Region',
  ),
  summary: L(
    'Referát pre sociálne vylúčené komunity Úradu KSK podporuje komunitné centrá a mimovládne organizácie, vzdeláva, rozvíja sociálny podnik kraja, pripravuje mentorov a podnikateľské zámery, komunitné plány sociálnych služieb a pomáha v krízach.',
    'Referát pro sociálně vyloučené komunity Úřadu KSK podporuje komunitní centra a neziskové organizace, vzdělává, rozvíjí sociální podnik kraje, připravuje mentory a podnikatelské záměry, komunitní plány sociálních služeb a pomáhá v krizích.',
    'A Kassai kerület hivatalának referatúrája közösségi központokat és civil szervezeteket támogat, képez, fejleszti a kerület szociális vállalkozását, mentorokat és üzleti terveket készít fel, szolgáltatástervezést végez és krízisekben segít.',
    'The Košice Region’s department for socially excluded communities supports community centres and NGOs, trains staff, develops the region’s social enterprise, prepares mentors and business plans, draws up community plans of social services and helps in crises.',
  ),
  problem: [
    L(
      'V Košickom kraji sa nachádza pomerne veľké množstvo sociálne ohrozených a vylúčených komunít. Spája ich rôznorodosť zložitých okolností a problémov: finančný nedostatok, množstvo neriešených právnych problémov, nízka kvalifikácia a malá šanca na stabilné zamestnanie.',
      'V Košickém kraji žije poměrně velké množství sociálně ohrožených a vyloučených komunit. Spojuje je různorodost složitých okolností a problémů: finanční nedostatek, řada neřešených právních problémů, nízká kvalifikace a malá šance na stabilní zaměstnání.',
      'A Kassai kerületben viszonylag sok társadalmilag veszélyeztetett és kirekesztett közösség él. Közös bennük az összetett körülmények és problémák sokfélesége: anyagi nélkülözés, számos megoldatlan jogi probléma, alacsony képzettség és csekély esély a stabil munkára.',
      'The Košice Region has a relatively large number of socially vulnerable and excluded communities. What they share is a variety of complex circumstances and problems: lack of money, many unresolved legal problems, low qualifications and little chance of stable employment.',
    ),
    L(
      'Na podporu riešenia týchto problémov vznikol na Úrade Košického samosprávneho kraja samostatný Referát pre sociálne vylúčené komunity, ktorý spája pomoc organizáciám v teréne so vzdelávaním, sociálnymi inováciami a plánovaním sociálnych služieb.',
      'Na podporu řešení těchto problémů vznikl na Úřadu Košického samosprávného kraje samostatný Referát pro sociálně vyloučené komunity, který spojuje pomoc organizacím v terénu se vzděláváním, sociálními inovacemi a plánováním sociálních služeb.',
      'E problémák kezelésének támogatására a Kassai kerület önkormányzati hivatalában önálló referatúra jött létre a társadalmilag kirekesztett közösségek ügyeire, amely a terepen dolgozó szervezetek segítését képzéssel, társadalmi innovációval és a szociális szolgáltatások tervezésével kapcsolja össze.',
      'To help tackle these problems, the Office of the Košice Self-Governing Region set up a separate Department for Socially Excluded Communities, which combines help for organisations in the field with training, social innovation and the planning of social services.',
    ),
  ],
  goals: [
    L(
      'Pomáhať a podporovať registrované komunitné centrá, mimovládne organizácie, občianske združenia a ďalšie organizácie i jednotlivcov pôsobiacich v oblasti rozvoja komunitného života.',
      'Pomáhat a podporovat registrovaná komunitní centra, neziskové organizace, občanská sdružení a další organizace i jednotlivce působící v oblasti rozvoje komunitního života.',
      'Segíteni és támogatni a nyilvántartott közösségi központokat, nonprofit szervezeteket, civil egyesületeket, valamint a közösségi élet fejlesztésén dolgozó más szervezeteket és magánszemélyeket.',
      'Help and support registered community centres, non-profit organisations, civic associations and other organisations and individuals working on community development.',
    ),
    L(
      'Zlepšovať životné podmienky sociálne vylúčených komunít sociálnymi inováciami a otvárať ľuďom vylúčeným z trhu práce cestu späť k zamestnaniu.',
      'Zlepšovat životní podmínky sociálně vyloučených komunit sociálními inovacemi a otevírat lidem vyloučeným z trhu práce cestu zpět k zaměstnání.',
      'Társadalmi innovációkkal javítani a kirekesztett közösségek életkörülményeit, és utat nyitni a munkaerőpiacról kiszorultaknak a foglalkoztatás felé.',
      'Improve the living conditions of socially excluded communities through social innovation and open a way back to work for people excluded from the labour market.',
    ),
    L(
      'Zistiť skutočné potreby sociálnych služieb v obciach a možnosti ich uspokojenia.',
      'Zjistit skutečné potřeby sociálních služeb v obcích a možnosti jejich uspokojení.',
      'Feltárni a települések valós szociális szolgáltatási szükségleteit és kielégítésük lehetőségeit.',
      'Find out the real needs for social services in municipalities and how they can be met.',
    ),
  ],
  activities: [
    {
      title: L(
        'Podpora komunitných centier a organizácií',
        'Podpora komunitních center a organizací',
        'Közösségi központok és szervezetek támogatása',
        'Support for community centres and organisations',
      ),
      description: L(
        'Pomoc a podpora registrovaným komunitným centrám, mimovládnym organizáciám, občianskym združeniam a ďalším organizáciám i jednotlivcom, ktorí rozvíjajú komunitný život.',
        'Pomoc a podpora registrovaným komunitním centrům, neziskovým organizacím, občanským sdružením a dalším organizacím i jednotlivcům, kteří rozvíjejí komunitní život.',
        'Segítség és támogatás a nyilvántartott közösségi központoknak, nonprofit szervezeteknek, civil egyesületeknek és a közösségi életet fejlesztő más szervezeteknek és magánszemélyeknek.',
        'Help and support for registered community centres, NGOs, civic associations and other organisations and individuals who develop community life.',
      ),
    },
    {
      title: L('Vzdelávanie a dobrá prax', 'Vzdělávání a dobrá praxe', 'Képzés és jó gyakorlatok', 'Training and good practice'),
      description: L(
        'Vzdelávanie pracovníkov referátu v téme vylúčených komunít, vytváranie koncepcií prípadov dobrej praxe a odovzdávanie skúseností.',
        'Vzdělávání pracovníků referátu v tématu vyloučených komunit, tvorba koncepcí příkladů dobré praxe a předávání zkušeností.',
        'A referatúra munkatársainak képzése a kirekesztett közösségek témájában, jó gyakorlatok kidolgozása és a tapasztalatok átadása.',
        'Training the department’s staff on excluded communities, developing good-practice concepts and passing on experience.',
      ),
    },
    {
      title: L('Sociálny podnik kraja', 'Sociální podnik kraje', 'A kerület szociális vállalkozása', 'The region’s social enterprise'),
      description: L(
        'Založenie, vedenie a rozvoj sociálneho podniku Košického samosprávneho kraja.',
        'Založení, vedení a rozvoj sociálního podniku Košického samosprávného kraje.',
        'A Kassai kerület önkormányzata szociális vállalkozásának alapítása, irányítása és fejlesztése.',
        'Founding, running and developing the Košice Self-Governing Region’s social enterprise.',
      ),
    },
    {
      title: L(
        'Databáza ľudí, ktorí sa chcú vrátiť na trh práce',
        'Databáze lidí, kteří se chtějí vrátit na trh práce',
        'Adatbázis a munkaerőpiacra visszatérni kívánókról',
        'A database of people seeking to return to work',
      ),
      description: L(
        'Aktívne budovanie databázy ľudí vylúčených z trhu práce, ktorí sa naň chcú vrátiť. Zdrojom informácií sú terénni sociálni pracovníci, ich osobné referencie a prvý HR skríning.',
        'Aktivní budování databáze lidí vyloučených z trhu práce, kteří se na něj chtějí vrátit. Zdrojem informací jsou terénní sociální pracovníci, jejich osobní reference a první HR screening.',
        'Adatbázis építése azokról a munkaerőpiacról kiszorult emberekről, akik vissza szeretnének térni. Az információk forrásai a terepi szociális munkások, személyes ajánlásaik és egy első HR-szűrés.',
        'Actively building a database of people excluded from the labour market who want to return to it. The sources are field social workers, their personal references and a first HR screening.',
      ),
    },
    {
      title: L('Podnikateľské zámery a mentori', 'Podnikatelské záměry a mentoři', 'Üzleti tervek és mentorok', 'Business plans and mentors'),
      description: L(
        'Tvorba podnikateľských príležitostí a zámerov, ktoré slúžia ako príklady dobrej praxe, a príprava mentorov na pomoc pri rozbiehaní podnikateľských zámerov zameraných na integráciu sociálne vylúčených komunít.',
        'Tvorba podnikatelských příležitostí a záměrů, které slouží jako příklady dobré praxe, a příprava mentorů, kteří pomáhají rozjíždět podnikatelské záměry zaměřené na integraci sociálně vyloučených komunit.',
        'Jó gyakorlatként szolgáló üzleti lehetőségek és tervek kidolgozása, valamint mentorok felkészítése a kirekesztett közösségek integrációját célzó vállalkozások elindításának segítésére.',
        'Developing business opportunities and plans that serve as examples of good practice, and preparing mentors to help launch business plans aimed at integrating socially excluded communities.',
      ),
    },
    {
      title: L(
        'Komunitné plány sociálnych služieb',
        'Komunitní plány sociálních služeb',
        'Közösségi szociális szolgáltatástervezés',
        'Community plans of social services',
      ),
      description: L(
        'Strategické plánovanie rozvoja sociálnych služieb zamerané na zistenie skutočných potrieb v obciach a možností ich uspokojenia.',
        'Strategické plánování rozvoje sociálních služeb zaměřené na zjištění skutečných potřeb v obcích a možností jejich uspokojení.',
        'A szociális szolgáltatások fejlesztésének stratégiai tervezése a települések valós szükségleteinek és kielégítésük lehetőségeinek feltárására.',
        'Strategic planning of social services that identifies the real needs in municipalities and the options for meeting them.',
      ),
    },
    {
      title: L('Pomoc v krízových situáciách', 'Pomoc v krizových situacích', 'Segítség krízishelyzetekben', 'Help in crises'),
      description: L(
        'Príjem, evidencia, rozdeľovanie a distribúcia ochranných pracovných pomôcok pre inštitúcie, ktoré pomáhajú sociálne znevýhodneným a vylúčeným, a podpora zariadení v krízových situáciách, ako sú epidémie, živelné pohromy či požiare.',
        'Příjem, evidence, rozdělování a distribuce ochranných pracovních pomůcek pro instituce, které pomáhají sociálně znevýhodněným a vyloučeným, a podpora zařízení v krizových situacích, jako jsou epidemie, živelní pohromy či požáry.',
        'Védőeszközök átvétele, nyilvántartása, elosztása és kiszállítása a hátrányos helyzetűeket és kirekesztetteket segítő intézményeknek, valamint az intézmények támogatása krízishelyzetekben, például járvány, természeti katasztrófa vagy tűz esetén.',
        'Receiving, recording, allocating and distributing protective equipment for institutions that help disadvantaged and excluded people, and supporting facilities in crises such as epidemics, natural disasters or fires.',
      ),
    },
  ],
  targetGroups: ['excluded-roma-communities', 'excluded-from-labour-market', 'service-providers'],
  country: 'SK',
  regionCodes: ['SK042'],
  municipality: 'Košice',
  leadOrganisationSlug: 'kosicky-samospravny-kraj',
  partnerOrganisationSlugs: [],
  centreSlugs: ['ksk-referat-pre-socialne-vylucene-komunity'],
  // the earliest date the source documents: the department's page was created on 7 Oct 2014
  period: { from: '2014-10-07' },
  status: 'ongoing',
  funding: [],
  resources: {
    staff: L(
      'Samostatný Referát pre sociálne vylúčené komunity na Odbore sociálnych vecí Úradu KSK; mentori pripravení referátom; spolupráca s terénnymi sociálnymi pracovníkmi.',
      'Samostatný Referát pro sociálně vyloučené komunity na Odboru sociálních věcí Úřadu KSK; mentoři připravení referátem; spolupráce s terénními sociálními pracovníky.',
      'Önálló referatúra a Kassai kerület önkormányzati hivatalának szociális főosztályán; a referatúra által felkészített mentorok; együttműködés a terepi szociális munkásokkal.',
      'A separate department within the Social Affairs Division of the Košice Region’s Office; mentors trained by the department; cooperation with field social workers.',
    ),
    premises: L(
      'Úrad Košického samosprávneho kraja, Nám. Maratónu mieru 1, 042 66 Košice; úradné hodiny: pondelok, utorok a štvrtok 7.30 – 15.30, streda 7.30 – 16.30, piatok 7.30 – 14.30.',
      'Úřad Košického samosprávného kraje, Nám. Maratónu mieru 1, 042 66 Košice; úřední hodiny: pondělí, úterý a čtvrtek 7.30–15.30, středa 7.30–16.30, pátek 7.30–14.30.',
      'A Kassai kerület önkormányzati hivatala, Nám. Maratónu mieru 1, 042 66 Kassa; ügyfélfogadás: hétfőn, kedden és csütörtökön 7.30–15.30, szerdán 7.30–16.30, pénteken 7.30–14.30.',
      'Office of the Košice Self-Governing Region, Nám. Maratónu mieru 1, 042 66 Košice; office hours: Monday, Tuesday and Thursday 7:30–15:30, Wednesday 7:30–16:30, Friday 7:30–14:30.',
    ),
  },
  results: [
    L(
      'Kraj má samostatné pracovisko, ktoré sústavne podporuje komunitné centrá a organizácie v teréne a odovzdáva im skúsenosti a príklady dobrej praxe.',
      'Kraj má samostatné pracoviště, které soustavně podporuje komunitní centra a organizace v terénu a předává jim zkušenosti a příklady dobré praxe.',
      'A kerületnek önálló szervezeti egysége van, amely folyamatosan támogatja a közösségi központokat és a terepen dolgozó szervezeteket, és átadja nekik a tapasztalatokat és jó gyakorlatokat.',
      'The region has a dedicated unit that continuously supports community centres and field organisations and passes on experience and good practice to them.',
    ),
    L(
      'Vznikol rámec pre sociálne podnikanie: sociálny podnik kraja, pripravení mentori, podnikateľské zámery ako príklady dobrej praxe a databáza ľudí, ktorí sa chcú vrátiť na trh práce.',
      'Vznikl rámec pro sociální podnikání: sociální podnik kraje, připravení mentoři, podnikatelské záměry jako příklady dobré praxe a databáze lidí, kteří se chtějí vrátit na trh práce.',
      'Létrejött a szociális vállalkozás kerete: a kerület szociális vállalkozása, felkészített mentorok, jó gyakorlatként szolgáló üzleti tervek és egy adatbázis a munkaerőpiacra visszatérni kívánókról.',
      'A framework for social entrepreneurship is in place: the region’s social enterprise, trained mentors, business plans as good-practice examples and a database of people who want to return to work.',
    ),
    L(
      'V krízových situáciách referát zabezpečuje príjem a distribúciu ochranných pracovných pomôcok pre inštitúcie pracujúce so sociálne znevýhodnenými.',
      'V krizových situacích referát zajišťuje příjem a distribuci ochranných pracovních pomůcek pro instituce pracující se sociálně znevýhodněnými.',
      'Krízishelyzetekben a referatúra gondoskodik a védőeszközök átvételéről és eljuttatásáról a hátrányos helyzetűekkel dolgozó intézményekhez.',
      'In crises the department receives and distributes protective equipment to institutions working with disadvantaged people.',
    ),
  ],
  // the source gives no figures
  indicators: [],
  evidenceTier: 'promising',
  lessons: [
    L(
      'Osobné referencie terénnych sociálnych pracovníkov otvárajú cestu k ľuďom, ktorí sa chcú vrátiť na trh práce: spájajú dôveru získanú v teréne s prvým HR skríningom. Databáza takýchto ľudí však obsahuje citlivé osobné údaje, preto ju treba viesť len s ich súhlasom a s minimom údajov.',
      'Osobní reference terénních sociálních pracovníků otevírají cestu k lidem, kteří se chtějí vrátit na trh práce: spojují důvěru získanou v terénu s prvním HR screeningem. Databáze takových lidí ovšem obsahuje citlivé osobní údaje, proto je třeba ji vést jen s jejich souhlasem a s minimem údajů.',
      'A terepi szociális munkások személyes ajánlásai utat nyitnak azokhoz, akik vissza szeretnének térni a munkaerőpiacra: a terepen szerzett bizalmat egy első HR-szűréssel kapcsolják össze. Egy ilyen adatbázis azonban érzékeny személyes adatokat tartalmaz, ezért csak az érintettek hozzájárulásával és a lehető legkevesebb adattal szabad vezetni.',
      'Field social workers’ personal references open the way to people who want to return to work: they combine trust earned in the field with a first HR screening. Such a database holds sensitive personal data, however, so it should only be kept with the people’s consent and with as little data as possible.',
    ),
    L(
      'Podnikateľské zámery pripravené ako príklady dobrej praxe spolu s pripravenými mentormi znižujú prah pre ďalšie organizácie, ktoré chcú rozbehnúť podnikanie zamerané na integráciu vylúčených komunít. Sociálne inovácie pritom stoja na tej istej sieti komunitných centier a organizácií, ktorú referát podporuje.',
      'Podnikatelské záměry připravené jako příklady dobré praxe spolu s připravenými mentory snižují práh pro další organizace, které chtějí rozjet podnikání zaměřené na integraci vyloučených komunit. Sociální inovace přitom stojí na stejné síti komunitních center a organizací, kterou referát podporuje.',
      'A jó gyakorlatként kidolgozott üzleti tervek és a felkészített mentorok megkönnyítik más szervezeteknek, hogy a kirekesztett közösségek integrációját célzó vállalkozást indítsanak. A társadalmi innovációk ugyanarra a közösségi központokból és szervezetekből álló hálózatra épülnek, amelyet a referatúra támogat.',
      'Business plans prepared as good-practice examples, together with trained mentors, lower the threshold for other organisations that want to start businesses aimed at integrating excluded communities. The social innovation rests on the same network of community centres and organisations that the department supports.',
    ),
  ],
  transferability: [
    L(
      'Samostatný útvar na úrovni regionálnej samosprávy, ktorý spája podporu komunitných centier, vzdelávanie, sociálne inovácie a komunitné plánovanie, môže zriadiť každý kraj či župa s vyšším výskytom vylúčených komunít – na Slovensku, v Česku aj v Maďarsku.',
      'Samostatný útvar na úrovni regionální samosprávy, který spojuje podporu komunitních center, vzdělávání, sociální inovace a komunitní plánování, může zřídit každý kraj či župa s vyšším výskytem vyloučených komunit – na Slovensku, v Česku i v Maďarsku.',
      'A közösségi központok támogatását, a képzést, a társadalmi innovációt és a közösségi tervezést egyesítő önálló egységet bármely kerület vagy megye önkormányzata létrehozhatja, ahol sok kirekesztett közösség él – Szlovákiában, Csehországban és Magyarországon egyaránt.',
      'A dedicated unit at regional self-government level that combines support for community centres, training, social innovation and community planning can be set up by any region or county with many excluded communities – in Slovakia, Czechia and Hungary alike.',
    ),
    L(
      'Krízová logistika – príjem, evidencia a distribúcia ochranných pomôcok – využíva kontakty, ktoré referát už má na zariadenia a organizácie, a dá sa preniesť do akéhokoľvek regiónu.',
      'Krizová logistika – příjem, evidence a distribuce ochranných pomůcek – využívá kontakty, které referát už má na zařízení a organizace, a lze ji přenést do jakéhokoli regionu.',
      'A krízislogisztika – a védőeszközök átvétele, nyilvántartása és elosztása – a referatúra meglévő intézményi és szervezeti kapcsolataira épül, és bármely régióban alkalmazható.',
      'The crisis logistics – receiving, recording and distributing protective equipment – use the contacts the department already has with facilities and organisations and can be replicated in any region.',
    ),
  ],
  themes: ['social-economy', 'employment', 'community-life'],
  contactPerson: { name: 'Referent pre sociálne vylúčené komunity', email: 'komunity@example.org' },
}

// ---------------------------------------------------------------------------------------------
// Source: Liberecký kraj, the employment measures of the Strategie sociálního začleňování
// Libereckého kraje 2021+ (approved by the regional assembly on 30 Nov 2021)
// ---------------------------------------------------------------------------------------------

const liberec: CaseStudySeed = {
  slug: 'liberecky-kraj-zamestnanost-pakt-a-urad-prace',
  title: L(
    'Zamestnanosť ľudí ťažko uplatniteľných na trhu práce: spolupráca kraja, Paktu zamestnanosti a Úradu práce',
    'Zaměstnanost osob obtížně uplatnitelných na trhu práce: spolupráce kraje, Paktu zaměstnanosti a Úřadu práce',
    'A munkaerőpiacon nehezen elhelyezkedők foglalkoztatása: a kerület, a foglalkoztatási paktum és a munkaügyi hivatal együttműködése',
    'Employment for people who find it hard to get work: the region, the Employment Pact and the Labour Office working together',
  ),
  summary: L(
    'Liberecký kraj s Paktom zamestnanosti LK a krajskou pobočkou Úradu práce v Liberci pomáha využiť potenciál ľudí ťažko uplatniteľných na trhu práce: monitoring dát, zodpovedné obstarávanie, sociálne podnikanie, prestupné zamestnávanie a podpora mladých dospelých.',
    'Liberecký kraj s Paktem zaměstnanosti LK a krajskou pobočkou Úřadu práce v Liberci napomáhá využít potenciál osob obtížně uplatnitelných na trhu práce: monitoring dat, odpovědné zadávání, sociální podnikání, prostupné zaměstnávání a podpora mladých dospělých.',
    'A Libereci kerület a foglalkoztatási paktummal és a munkaügyi hivatal libereci kirendeltségével segíti a nehezen elhelyezkedőket: adatfigyelés, felelős közbeszerzés, szociális vállalkozás, tranzitfoglalkoztatás és fiatal felnőttek támogatása.',
    'The Liberec Region, its Employment Pact and the Labour Office’s regional branch help people who struggle on the open labour market: data monitoring, responsible procurement, social enterprise, transitional employment and support for young adults.',
  ),
  problem: [
    L(
      'Ľudia ťažko uplatniteľní na voľnom trhu práce často zostávajú bez zamestnania a ich potenciál ostáva nevyužitý. Rozhodovanie o ich podpore pritom potrebuje priebežné podklady o tom, kto títo ľudia sú a čo im bráni v zamestnaní.',
      'Osoby obtížně uplatnitelné na volném trhu práce často zůstávají mimo zaměstnání a jejich potenciál zůstává nevyužit. Rozhodování o jejich podpoře přitom potřebuje průběžné podklady o tom, kdo tyto osoby jsou a co jim brání v zaměstnání.',
      'A nyílt munkaerőpiacon nehezen elhelyezkedők gyakran munka nélkül maradnak, és képességeik kihasználatlanok. A támogatásukról szóló döntésekhez folyamatosan frissülő adatokra van szükség arról, kik ők, és mi akadályozza a munkavállalásukat.',
      'People who find it hard to get work on the open labour market often remain out of work and their potential goes unused. Decisions on how to support them need up-to-date evidence on who they are and what keeps them from working.',
    ),
    L(
      'Zamestnanosť je v krajskej stratégii sociálneho začleňovania jednou z piatich tém popri bezpečnosti a zdraví, bývaní, dlhoch a vzdelávaní. Stratégia počíta s tým, že exekúcie a predčasný odchod zo vzdelávania zhoršujú uplatniteľnosť na trhu práce.',
      'Zaměstnanost je v krajské strategii sociálního začleňování jedním z pěti témat vedle bezpečí a zdraví, bydlení, dluhů a vzdělávání. Strategie počítá s tím, že exekuce a předčasný odchod ze vzdělávání zhoršují uplatnitelnost na trhu práce.',
      'A foglalkoztatás a kerület társadalmi befogadási stratégiájának öt témája közül az egyik a biztonság és egészség, a lakhatás, az adósságok és az oktatás mellett. A stratégia számol azzal, hogy a végrehajtások és a korai iskolaelhagyás rontják a munkaerőpiaci esélyeket.',
      'Employment is one of five themes of the regional social inclusion strategy, alongside safety and health, housing, debts and education. The strategy recognises that wage garnishment and dropping out of education make it harder to find work.',
    ),
  ],
  goals: [
    L(
      'Spoločnými krokmi kraja, Paktu zamestnanosti Libereckého kraja a krajskej pobočky Úradu práce v Liberci čo najviac využiť potenciál ľudí ťažko uplatniteľných na voľnom trhu práce.',
      'Společnými kroky kraje, Paktu zaměstnanosti Libereckého kraje a Krajské pobočky Úřadu práce v Liberci maximalizovat využití potenciálu osob obtížně uplatnitelných na volném trhu práce.',
      'A kerület, a Libereci kerületi foglalkoztatási paktum és a munkaügyi hivatal libereci kirendeltségének közös lépéseivel a lehető legjobban kiaknázni a nyílt munkaerőpiacon nehezen elhelyezkedők lehetőségeit.',
      'Through joint steps by the region, the Liberec Region Employment Pact and the regional branch of the Labour Office in Liberec, make the most of the potential of people who struggle on the open labour market.',
    ),
    L(
      'Rozširovať príležitosti na sociálne podnikanie, prestupné a flexibilné formy zamestnávania a zamestnávanie vo verejnom sektore.',
      'Rozšiřovat příležitosti pro sociální podnikání, prostupné a flexibilní formy zaměstnávání a zaměstnávání ve veřejném sektoru.',
      'Bővíteni a szociális vállalkozás, a tranzitfoglalkoztatás, a rugalmas foglalkoztatási formák és a közszférában történő foglalkoztatás lehetőségeit.',
      'Expand opportunities for social enterprise, transitional and flexible forms of employment and jobs in the public sector.',
    ),
  ],
  activities: [
    {
      title: L('Monitoring a analýza dát', 'Monitoring a analýza dat', 'Adatfigyelés és -elemzés', 'Data monitoring and analysis'),
      description: L(
        'Priebežný monitoring a analýza dát o zamestnanosti ľudí ťažko uplatniteľných na trhu práce v kraji ako podklad na rozhodovanie o ich podpore.',
        'Průběžný monitoring a analýza dat o zaměstnanosti osob obtížně uplatnitelných na trhu práce v kraji jako podklad pro rozhodování o podpoře této cílové skupiny.',
        'A kerületben nehezen elhelyezkedők foglalkoztatási adatainak folyamatos figyelése és elemzése a támogatásukról szóló döntések megalapozására.',
        'Ongoing monitoring and analysis of employment data on people who struggle on the labour market in the region, as a basis for decisions on their support.',
      ),
    },
    {
      title: L('Zodpovedné verejné obstarávanie', 'Odpovědné zadávání veřejných zakázek', 'Felelős közbeszerzés', 'Responsible public procurement'),
      description: L(
        'Monitoring zodpovedného verejného obstarávania, ktoré môže otvárať pracovné príležitosti ľuďom ťažko uplatniteľným na trhu práce.',
        'Monitoring odpovědného zadávání veřejných zakázek, které může otevírat pracovní příležitosti osobám obtížně uplatnitelným na trhu práce.',
        'A felelős közbeszerzés nyomon követése, amely munkalehetőséget teremthet a nehezen elhelyezkedők számára.',
        'Monitoring socially responsible public procurement, which can open job opportunities for people who struggle on the labour market.',
      ),
    },
    {
      title: L('Zamestnávanie vo verejnom sektore', 'Zaměstnávání ve veřejném sektoru', 'Foglalkoztatás a közszférában', 'Jobs in the public sector'),
      description: L(
        'Podpora zamestnávania na úrovni verejných podnikov, obcí a kraja.',
        'Podpora zaměstnávání na úrovni veřejných podniků, obcí a kraje.',
        'A foglalkoztatás támogatása a közvállalatoknál, az önkormányzatoknál és a kerületnél.',
        'Supporting employment in public companies, municipalities and the regional authority.',
      ),
    },
    {
      title: L(
        'Sociálne podnikanie a prestupné zamestnávanie',
        'Sociální podnikání a prostupné zaměstnávání',
        'Szociális vállalkozás és tranzitfoglalkoztatás',
        'Social enterprise and transitional employment',
      ),
      description: L(
        'Rozširovanie príležitostí na sociálne podnikanie a prestupné zamestnávanie, ktoré vedie k uplatneniu na otvorenom trhu práce.',
        'Rozšiřování příležitostí pro sociální podnikání a prostupné zaměstnávání, které vede k uplatnění na otevřeném trhu práce.',
        'A szociális vállalkozás és a nyílt munkaerőpiacra átvezető tranzitfoglalkoztatás lehetőségeinek bővítése.',
        'Expanding opportunities for social enterprise and transitional employment that leads on to the open labour market.',
      ),
    },
    {
      title: L(
        'Mladí dospelí mimo vzdelávania a práce',
        'Mladí dospělí mimo vzdělávání a práci',
        'Sem tanuló, sem dolgozó fiatal felnőttek',
        'Young adults not in education or work',
      ),
      description: L(
        'Cielená podpora mladých dospelých, ktorí sú mimo vzdelávania aj trhu práce, v spolupráci s Úradom práce.',
        'Cílená podpora mladých dospělých mimo vzdělávání a pracovní trh ve spolupráci s Úřadem práce.',
        'Célzott támogatás a sem oktatásban, sem munkában nem részt vevő fiatal felnőtteknek a munkaügyi hivatallal együttműködve.',
        'Targeted support, with the Labour Office, for young adults who are neither in education nor in work.',
      ),
    },
    {
      title: L('Flexibilné formy zamestnávania', 'Flexibilní formy zaměstnávání', 'Rugalmas foglalkoztatási formák', 'Flexible forms of employment'),
      description: L(
        'Cielená podpora zavádzania flexibilných foriem zamestnávania a osveta o flexibilných formách práce.',
        'Cílená podpora zavádění flexibilních forem zaměstnávání a osvěta v rámci flexibilních forem práce.',
        'A rugalmas foglalkoztatási formák bevezetésének célzott támogatása és az ezekről szóló tájékoztatás.',
        'Targeted support for introducing flexible forms of employment and raising awareness of flexible work.',
      ),
    },
    {
      title: L(
        'Spolupráca so zamestnávateľmi v oblasti exekúcií',
        'Spolupráce se zaměstnavateli v oblasti exekucí',
        'Együttműködés a munkáltatókkal a végrehajtások kezelésében',
        'Working with employers on wage garnishment',
      ),
      description: L(
        'Spolupráca a osveta medzi zamestnávateľmi a ich podpora pri zvládaní agendy exekúcií, aby dlhy nebránili udržaniu zamestnania.',
        'Spolupráce a osvěta mezi zaměstnavateli a jejich podpora při zvládání agendy exekucí, aby dluhy nebránily udržení zaměstnání.',
        'Együttműködés és tájékoztatás a munkáltatók körében, valamint támogatásuk a végrehajtási ügyek kezelésében, hogy az adósságok ne akadályozzák a munkahely megtartását.',
        'Cooperation with and awareness-raising among employers, and support for them in handling wage-garnishment paperwork, so that debts do not stand in the way of keeping a job.',
      ),
    },
  ],
  targetGroups: ['excluded-from-labour-market', 'children-youth', 'people-in-debt'],
  country: 'CZ',
  regionCodes: ['CZ051'],
  municipality: 'Liberec',
  leadOrganisationSlug: 'liberecky-kraj',
  partnerOrganisationSlugs: [],
  centreSlugs: [],
  period: { from: '2021-11-30' },
  status: 'ongoing',
  funding: [],
  resources: {
    staff: L(
      'Krajský úrad Libereckého kraja v spolupráci s Paktom zamestnanosti Libereckého kraja a krajskou pobočkou Úradu práce ČR v Liberci.',
      'Krajský úřad Libereckého kraje ve spolupráci s Paktem zaměstnanosti Libereckého kraje a Krajskou pobočkou Úřadu práce ČR v Liberci.',
      'A Libereci kerület hivatala a Libereci kerületi foglalkoztatási paktummal és a Cseh Munkaügyi Hivatal libereci kerületi kirendeltségével együttműködve.',
      'The Liberec Regional Authority together with the Liberec Region Employment Pact and the regional branch of the Czech Labour Office in Liberec.',
    ),
  },
  results: [
    L(
      'Kraj, Pakt zamestnanosti a Úrad práce majú spoločný rámec opatrení pre zamestnanosť ľudí ťažko uplatniteľných na trhu práce, zakotvený v Stratégii sociálneho začleňovania Libereckého kraja 2021+.',
      'Kraj, Pakt zaměstnanosti a Úřad práce mají společný rámec opatření pro zaměstnanost osob obtížně uplatnitelných na trhu práce, zakotvený ve Strategii sociálního začleňování Libereckého kraje 2021+.',
      'A kerület, a foglalkoztatási paktum és a munkaügyi hivatal közös intézkedési kerettel rendelkezik a nehezen elhelyezkedők foglalkoztatására, amelyet a Libereci kerület 2021+ társadalmi befogadási stratégiája rögzít.',
      'The region, the Employment Pact and the Labour Office share a framework of measures for the employment of people who struggle on the labour market, set out in the Liberec Region Social Inclusion Strategy 2021+.',
    ),
    L(
      'Opatrenia prepájajú zamestnanosť s ďalšími témami stratégie – s dlhovým poradenstvom a spoluprácou so zamestnávateľmi pri exekúciách aj s podporou žiakov ohrozených predčasným odchodom zo vzdelávania. Merané výsledky zdroj zatiaľ neuvádza.',
      'Opatření propojují zaměstnanost s dalšími tématy strategie – s dluhovým poradenstvím a spoluprací se zaměstnavateli při exekucích i s podporou žáků ohrožených předčasným odchodem ze vzdělávání. Měřené výsledky zdroj zatím neuvádí.',
      'Az intézkedések összekapcsolják a foglalkoztatást a stratégia többi témájával – az adósságtanácsadással, a munkáltatókkal a végrehajtások ügyében folytatott együttműködéssel és a korai iskolaelhagyás által veszélyeztetett tanulók támogatásával. Mért eredményeket a forrás egyelőre nem közöl.',
      'The measures link employment with other themes of the strategy – debt counselling, work with employers on wage garnishment and support for pupils at risk of dropping out. The source does not yet report measured results.',
    ),
  ],
  // a strategy: the source gives no figures
  indicators: [],
  evidenceTier: 'promising',
  lessons: [
    L(
      'Rozhodovanie o podpore ľudí ťažko uplatniteľných na trhu práce potrebuje dáta, a preto stratégia kladie priebežný monitoring a analýzu na prvé miesto. Kraj pritom môže pôsobiť aj sám – ako zamestnávateľ a obstarávateľ prostredníctvom verejných podnikov, obcí a zodpovedného verejného obstarávania.',
      'Rozhodování o podpoře osob obtížně uplatnitelných na trhu práce potřebuje data, a proto strategie staví průběžný monitoring a analýzu na první místo. Kraj přitom může působit i sám – jako zaměstnavatel a zadavatel prostřednictvím veřejných podniků, obcí a odpovědného zadávání veřejných zakázek.',
      'A nehezen elhelyezkedők támogatásáról szóló döntésekhez adatok kellenek, ezért a stratégia a folyamatos adatfigyelést és elemzést helyezi az első helyre. A kerület maga is cselekedhet – munkáltatóként és ajánlatkérőként, a közvállalatokon, az önkormányzatokon és a felelős közbeszerzésen keresztül.',
      'Decisions on supporting people who struggle on the labour market need data, which is why the strategy puts ongoing monitoring and analysis first. The region can also act itself – as an employer and a buyer, through public companies, municipalities and responsible public procurement.',
    ),
    L(
      'Zamestnanosť nemožno riešiť oddelene od dlhov a vzdelávania: spolupráca so zamestnávateľmi pri exekúciách a podpora mladých dospelých mimo vzdelávania a trhu práce ukazujú, že opatrenia musia prepájať viac tém a viac inštitúcií.',
      'Zaměstnanost nelze řešit odděleně od dluhů a vzdělávání: spolupráce se zaměstnavateli při exekucích a podpora mladých dospělých mimo vzdělávání a trh práce ukazují, že opatření musí propojovat více témat a více institucí.',
      'A foglalkoztatás nem kezelhető az adósságoktól és az oktatástól elszigetelten: a munkáltatókkal a végrehajtások ügyében folytatott együttműködés és a sem tanuló, sem dolgozó fiatal felnőttek támogatása azt mutatja, hogy az intézkedéseknek több témát és több intézményt kell összekapcsolniuk.',
      'Employment cannot be tackled apart from debt and education: working with employers on wage garnishment and supporting young adults outside education and work show that measures must connect several themes and institutions.',
    ),
  ],
  transferability: [
    L(
      'Spoluprácu kraja, paktu zamestnanosti a úradu práce možno preniesť do každého regiónu, kde pakt zamestnanosti pôsobí – v Česku aj v Maďarsku, kde podobnú úlohu plnia župné pakty zamestnanosti (napríklad v župe Vas).',
      'Spolupráci kraje, paktu zaměstnanosti a úřadu práce lze přenést do každého regionu, kde pakt zaměstnanosti působí – v Česku i v Maďarsku, kde obdobnou roli plní župní pakty zaměstnanosti (například v župě Vas).',
      'A kerület, a foglalkoztatási paktum és a munkaügyi hivatal együttműködése minden olyan régióba átültethető, ahol foglalkoztatási paktum működik – Csehországban és Magyarországon is, ahol hasonló szerepet töltenek be a megyei foglalkoztatási paktumok (például Vas megyében).',
      'The cooperation between the region, the employment pact and the labour office can be transferred to any region with an employment pact – in Czechia and in Hungary, where county employment pacts play a similar role (for example in Vas County).',
    ),
    L(
      'Monitoring zodpovedného verejného obstarávania a podpora zamestnávania vo verejných podnikoch sú nástroje, ktoré má k dispozícii každá regionálna aj miestna samospráva bez ohľadu na veľkosť.',
      'Monitoring odpovědného zadávání a podpora zaměstnávání ve veřejných podnicích jsou nástroje, které má k dispozici každá regionální i místní samospráva bez ohledu na velikost.',
      'A felelős közbeszerzés nyomon követése és a közvállalatoknál történő foglalkoztatás támogatása olyan eszköz, amely mérettől függetlenül minden regionális és helyi önkormányzat számára elérhető.',
      'Monitoring responsible procurement and supporting jobs in public companies are tools available to every regional and local government, whatever its size.',
    ),
  ],
  themes: ['employment', 'social-economy', 'debts'],
  contactPerson: { name: 'Koordinátor pro sociální začleňování', email: 'socialni-zaclenovani@example.org' },
}

// ---------------------------------------------------------------------------------------------
// Source: Vas Megyei Önkormányzat: social economy in the county employment pact
// ---------------------------------------------------------------------------------------------

const vas: CaseStudySeed = {
  slug: 'vas-megye-szocialis-gazdasag-paktum',
  title: L(
    'Sociálna ekonomika v pakte zamestnanosti a hospodárskeho rozvoja župy Vas',
    'Sociální ekonomika v paktu zaměstnanosti a hospodářského rozvoje župy Vas',
    'Szociális gazdaság a Vas megyei foglalkoztatási-gazdaságfejlesztési paktumban',
    'Social economy in the Vas County employment and economic development pact',
  ),
  summary: L(
    'Pakt zamestnanosti župy Vas, ktorý realizuje konzorcium vedené župnou samosprávou, zahŕňa rozvoj sociálnej ekonomiky; 27. 10. 2022 spustil pracovnú skupinu „Sociálna starostlivosť“, aby sa mimovládne organizácie, firmy a samosprávy stali aktérmi sociálnej ekonomiky.',
    'Pakt zaměstnanosti župy Vas, který realizuje konsorcium vedené župní samosprávou, zahrnuje rozvoj sociální ekonomiky; 27. 10. 2022 zahájil pracovní skupinu „Sociální péče“, aby se neziskové organizace, firmy a samosprávy staly aktéry sociální ekonomiky.',
    'A Vas Megyei Önkormányzat vezette konzorcium foglalkoztatási paktuma szociális gazdaságfejlesztési komponenst kapott, és 2022. október 27-én elindította a Szociális gondoskodás munkacsoportot, hogy civilek, vállalkozások és önkormányzatok a szociális gazdaság szereplőivé váljanak.',
    'The Vas County employment pact, run by a consortium led by the county council, includes a social-economy component; on 27 October 2022 it launched the “Social care” working group to help NGOs, businesses and local councils become social-economy actors.',
  ),
  problem: [
    L(
      'Už pakty zamestnanosti z predchádzajúceho obdobia obsahovali prvky, ktoré pomáhali sociálne znevýhodneným členom cieľovej skupiny: v rámci mentorskej služby dostávali sústavnú osobnú pomoc. Župné pakty však okrem odkazovania do paralelných systémov starostlivosti nemali vlastné nástroje.',
      'Již pakty zaměstnanosti z předchozího období obsahovaly prvky, které pomáhaly sociálně znevýhodněným členům cílové skupiny: v rámci mentorské služby dostávali soustavnou osobní pomoc. Župní pakty však kromě odkazování do paralelních systémů péče neměly vlastní nástroje.',
      'Az előző időszak paktumprojektjeiben is szerepeltek a szociálisan hátrányosabb helyzetű célcsoport-tagok felzárkóztatását segítő elemek: a mentori szolgáltatás keretében folyamatosan, személyesen segítették őket. A megyei paktumoknak azonban a párhuzamos ellátórendszerekbe történő irányításon túl nem voltak saját eszközeik.',
      'Earlier pact projects already included elements that helped socially disadvantaged members of the target group: a mentoring service gave them continuous personal support. Beyond referring people to parallel care systems, however, the county pacts had no tools of their own.',
    ),
    L(
      'Mnohé mimovládne organizácie, podniky a miestne samosprávy, ktoré by sa mohli zapojiť do sociálnej ekonomiky, o to zatiaľ nemajú záujem alebo na to nie sú motivované; podľa paktu potrebujú predovšetkým základné informácie a posilnenie schopnosti získavať zdroje.',
      'Mnohé neziskové organizace, podniky a místní samosprávy, které by se mohly zapojit do sociální ekonomiky, o to zatím nemají zájem nebo k tomu nejsou motivovány; podle paktu potřebují především základní informace a posílení schopnosti získávat zdroje.',
      'A szociális gazdaságba potenciálisan bekapcsolható civil szervezetek, vállalkozások és helyi önkormányzatok közül sokan még nem érdekeltek vagy motiváltak ebben; a paktum szerint ehhez elsősorban alapvető információkra és forrásszerzési képességük erősítésére van szükségük.',
      'Many NGOs, businesses and local councils that could join the social economy are not yet interested or motivated to do so; in the pact’s view they mainly need basic information and a stronger ability to raise funds.',
    ),
  ],
  goals: [
    L(
      'Zmapovať úlohu, aktérov a možnosti rozvoja sociálnej ekonomiky v župe.',
      'Zmapovat roli, aktéry a možnosti rozvoje sociální ekonomiky v župě.',
      'Számba venni a szociális gazdaság megyei szerepét, szereplőit és fejlesztésének lehetőségeit.',
      'Map the role, actors and development potential of the social economy in the county.',
    ),
    L(
      'Odovzdaním základných informácií získať a motivovať mimovládne organizácie, podniky a miestne samosprávy, aby sa stali aktívnymi miestnymi aktérmi sociálnej ekonomiky a zvýšili svoju schopnosť získavať zdroje.',
      'Předáním základních informací získat a motivovat neziskové organizace, podniky a místní samosprávy, aby se staly aktivními místními aktéry sociální ekonomiky a zvýšily svou schopnost získávat zdroje.',
      'Alapvető információk átadásával érdekeltté és motiválttá tenni a civil szervezeteket, a vállalkozásokat és a helyi önkormányzatokat abban, hogy a szociális gazdaság aktív helyi szereplőivé váljanak, és növeljék forrásszerzési képességüket.',
      'By passing on basic information, get NGOs, businesses and local councils interested and motivated to become active local actors of the social economy and to improve their fundraising capacity.',
    ),
    L(
      'Rozšíriť pracovné príležitosti, ktoré ponúkajú prácu a šancu najviac znevýhodneným skupinám, a začleniť ich do systému paktu zamestnanosti.',
      'Rozšířit pracovní příležitosti, které nabízejí práci a šanci nejvíce znevýhodněným skupinám, a začlenit je do systému paktu zaměstnanosti.',
      'Bővíteni a leghátrányosabb helyzetű célcsoportoknak munkát és esélyt kínáló foglalkoztatási lehetőségeket, és beépíteni őket a foglalkoztatási paktum rendszerébe.',
      'Increase the job opportunities that offer work and a chance to the most disadvantaged groups, and build them into the employment pact’s system.',
    ),
  ],
  activities: [
    {
      title: L(
        'Spustenie pracovnej skupiny „Sociálna starostlivosť“',
        'Zahájení pracovní skupiny „Sociální péče“',
        'A Szociális gondoskodás munkacsoport elindítása',
        'Launching the “Social care” working group',
      ),
      description: L(
        'Úvodné stretnutie pracovnej skupiny bolo zvolané na 27. októbra 2022 o 10.00 h do sídla župnej samosprávy Vas; jej cieľom je spájať aktérov sociálnej ekonomiky v rámci paktu.',
        'Úvodní jednání pracovní skupiny bylo svoláno na 27. října 2022 v 10.00 do sídla župní samosprávy Vas; jejím cílem je propojovat aktéry sociální ekonomiky v rámci paktu.',
        'A munkacsoport indító ülését 2022. október 27-én 10 órára hívták össze a Vas Megyei Önkormányzat székházába; célja a szociális gazdaság szereplőinek összefogása a paktum keretében.',
        'The working group’s opening meeting was called for 27 October 2022 at 10:00 at the Vas County Council; its aim is to bring together social-economy actors within the pact.',
      ),
    },
    {
      title: L(
        'Zložka rozvoja sociálnej ekonomiky',
        'Složka rozvoje sociální ekonomiky',
        'Szociális gazdaságfejlesztési komponens',
        'Social-economy development component',
      ),
      description: L(
        'Súčasný projekt paktu už obsahuje aj zložku rozvoja sociálnej ekonomiky, ktorá mimovládnym organizáciám, podnikom a samosprávam odovzdáva základné informácie a posilňuje ich schopnosť získavať zdroje.',
        'Současný projekt paktu už obsahuje i složku rozvoje sociální ekonomiky, která neziskovým organizacím, podnikům a samosprávám předává základní informace a posiluje jejich schopnost získávat zdroje.',
        'A jelenlegi paktumprojekt már szociális gazdaságfejlesztési komponenst is tartalmaz, amely alapvető információkat ad a civil szervezeteknek, vállalkozásoknak és önkormányzatoknak, és erősíti forrásszerzési képességüket.',
        'The current pact project now includes a social-economy development component that gives NGOs, businesses and local councils basic information and strengthens their fundraising capacity.',
      ),
    },
    {
      title: L('Mentorská služba', 'Mentorská služba', 'Mentori szolgáltatás', 'Mentoring service'),
      description: L(
        'V paktoch predchádzajúceho obdobia mentori sústavne osobne pomáhali sociálne znevýhodneným členom cieľovej skupiny; na túto skúsenosť nadväzuje súčasná zložka.',
        'V paktech předchozího období mentoři soustavně osobně pomáhali sociálně znevýhodněným členům cílové skupiny; na tuto zkušenost navazuje současná složka.',
        'Az előző időszak paktumprojektjeiben a mentori szolgáltatás keretében folyamatosan, személyesen segítették a szociálisan hátrányosabb helyzetű célcsoport-tagokat; erre a tapasztalatra épül a jelenlegi komponens.',
        'In earlier pact projects mentors gave socially disadvantaged members of the target group continuous personal support; the current component builds on that experience.',
      ),
    },
    {
      title: L(
        'Spolupráca so župným partnerstvom pre rovnosť príležitostí',
        'Spolupráce s župním partnerstvím pro rovné příležitosti',
        'Együttműködés a megyei esélyteremtő partnerséggel',
        'Cooperation with the county equal-opportunity partnership',
      ),
      description: L(
        'Župné partnerstvo pre rovnosť príležitostí fungovalo v úzkej spolupráci so župným paktom zamestnanosti, čo už čiastočne zmenilo situáciu, keď pakt nemal vlastné nástroje na pomoc znevýhodneným.',
        'Župní partnerství pro rovné příležitosti fungovalo v úzké spolupráci se župním paktem zaměstnanosti, což už částečně změnilo situaci, kdy pakt neměl vlastní nástroje na pomoc znevýhodněným.',
        'A megyei esélyteremtő partnerség szoros együttműködésben működött a megyei foglalkoztatási paktummal, és ez már némiképp változtatott azon, hogy a paktumnak nem voltak saját eszközei a hátrányos helyzetűek segítésére.',
        'The county equal-opportunity partnership worked closely with the county employment pact, which already went some way towards changing the fact that the pact had no tools of its own to help disadvantaged people.',
      ),
    },
    {
      title: L(
        'Zmapovanie aktérov sociálnej ekonomiky',
        'Zmapování aktérů sociální ekonomiky',
        'A szociális gazdaság szereplőinek számbavétele',
        'Mapping social-economy actors',
      ),
      description: L(
        'Zmapovanie programov sociálneho zamestnávania a sociálnych podnikov, ktoré prednostne zamestnávajú znevýhodnené skupiny, a možností ich rozvoja.',
        'Zmapování programů sociálního zaměstnávání a sociálních podniků, které přednostně zaměstnávají znevýhodněné skupiny, a možností jejich rozvoje.',
        'A szociális foglalkoztatási programok és a hátrányos helyzetű célcsoportok foglalkoztatását kiemelten kezelő társadalmi vállalkozások számbavétele, fejlesztési lehetőségeik feltárása.',
        'Mapping social employment programmes and social enterprises that give priority to employing disadvantaged groups, and their potential for growth.',
      ),
    },
  ],
  targetGroups: ['excluded-from-labour-market', 'service-providers'],
  country: 'HU',
  regionCodes: ['HU222'],
  municipality: 'Szombathely',
  leadOrganisationSlug: 'vas-megyei-onkormanyzat',
  partnerOrganisationSlugs: [],
  centreSlugs: [],
  // the source's date: the launch meeting of the working group
  period: { from: '2022-10-27' },
  status: 'ongoing',
  // not in the source; from the pact project's public page (vasmegyeipaktum.hu)
  funding: [
    {
      source: L(
        'Nenávratný príspevok na realizáciu paktu župy Vas',
        'Nevratná dotace na realizaci paktu župy Vas',
        'Vissza nem térítendő támogatás a Vas megyei foglalkoztatási-gazdaságfejlesztési paktum működtetésére',
        'Grant for running the Vas County employment and economic development pact',
      ),
    },
  ],
  resources: {
    staff: L(
      'Konzorcium vedené župnou samosprávou Vas; pracovná skupina oslovuje mimovládne organizácie, podniky a miestne samosprávy.',
      'Konsorcium vedené župní samosprávou Vas; pracovní skupina oslovuje neziskové organizace, podniky a místní samosprávy.',
      'A Vas Megyei Önkormányzat által vezetett konzorcium; a munkacsoport civil szervezeteket, vállalkozásokat és helyi önkormányzatokat szólít meg.',
      'A consortium led by Vas County Council; the working group reaches out to NGOs, businesses and local councils.',
    ),
    premises: L(
      'Sídlo župnej samosprávy Vas, Berzsenyi Dániel tér 1, Szombathely.',
      'Sídlo župní samosprávy Vas, Berzsenyi Dániel tér 1, Szombathely.',
      'Vas Megyei Önkormányzat, Szombathely, Berzsenyi Dániel tér 1.',
      'Vas County Council, Berzsenyi Dániel tér 1, Szombathely.',
    ),
  },
  results: [
    L(
      'Súčasný projekt paktu – v nadväznosti na skúsenosti predchádzajúceho obdobia – už obsahuje zložku rozvoja sociálnej ekonomiky a spustil samostatnú pracovnú skupinu, ktorá spája jej aktérov.',
      'Současný projekt paktu – v návaznosti na zkušenosti předchozího období – už obsahuje složku rozvoje sociální ekonomiky a zahájil samostatnou pracovní skupinu, která propojuje její aktéry.',
      'A jelenlegi paktumprojekt – az előző időszak tapasztalataira építve – már szociális gazdaságfejlesztési komponenst tartalmaz, és külön munkacsoportot indított a szociális gazdaság szereplőinek összefogására.',
      'Building on the previous period, the current pact project now includes a social-economy development component and has launched a dedicated working group bringing its actors together.',
    ),
    L(
      'V župe nastali v sociálnej ekonomike pozitívne zmeny, čiastočne vďaka programom sociálneho zamestnávania a čiastočne vďaka vzniku sociálnych podnikov, ktoré prednostne zamestnávajú znevýhodnených.',
      'V župě došlo v sociální ekonomice k pozitivním změnám, zčásti díky programům sociálního zaměstnávání a zčásti díky vzniku sociálních podniků, které přednostně zaměstnávají znevýhodněné.',
      'A megyében a szociális gazdaság területén is pozitív változások történtek, részben a szociális foglalkoztatási programok, részben a hátrányos helyzetűek foglalkoztatását kiemelten kezelő társadalmi vállalkozások megjelenése révén.',
      'The county’s social economy has seen positive changes, partly through social employment programmes and partly through the emergence of social enterprises that give priority to employing disadvantaged people.',
    ),
  ],
  // the source gives no figures
  indicators: [],
  evidenceTier: 'promising',
  lessons: [
    L(
      'Mentorská služba sama osebe nestačí: ak pakt nemá vlastné nástroje, môže znevýhodnených klientov len odkazovať do iných systémov starostlivosti. Preto dostal rozvoj sociálnej ekonomiky miesto priamo v pakte zamestnanosti.',
      'Mentorská služba sama o sobě nestačí: pokud pakt nemá vlastní nástroje, může znevýhodněné klienty jen odkazovat do jiných systémů péče. Proto dostal rozvoj sociální ekonomiky místo přímo v paktu zaměstnanosti.',
      'A mentori szolgáltatás önmagában nem elég: ha a paktumnak nincsenek saját eszközei, a hátrányos helyzetű ügyfeleket csak más ellátórendszerekbe tudja továbbirányítani. Ezért kapott helyet a szociális gazdaság fejlesztése magában a foglalkoztatási paktumban.',
      'Mentoring alone is not enough: a pact without tools of its own can only refer disadvantaged clients to other care systems. That is why social-economy development now has a place within the employment pact itself.',
    ),
    L(
      'Úzka spolupráca partnerstva pre rovnosť príležitostí a paktu zamestnanosti ukázala, že prepojenie sociálnych aktérov a aktérov zamestnanosti už samo osebe zlepšuje situáciu.',
      'Úzká spolupráce partnerství pro rovné příležitosti a paktu zaměstnanosti ukázala, že propojení sociálních aktérů a aktérů zaměstnanosti už samo o sobě zlepšuje situaci.',
      'Az esélyteremtő partnerség és a foglalkoztatási paktum szoros együttműködése megmutatta, hogy a szociális és a foglalkoztatási szereplők összekapcsolása már önmagában is javít a helyzeten.',
      'Close cooperation between the equal-opportunity partnership and the employment pact showed that linking social and employment actors already improves the situation.',
    ),
  ],
  transferability: [
    L(
      'Každá župa či kraj s paktom zamestnanosti môže zriadiť podobnú tematickú pracovnú skupinu, ktorá informáciami a podporou pri získavaní zdrojov privedie mimovládne organizácie, podniky a samosprávy k sociálnej ekonomike.',
      'Každá župa či kraj s paktem zaměstnanosti může zřídit podobnou tematickou pracovní skupinu, která informacemi a podporou při získávání zdrojů přivede neziskové organizace, podniky a samosprávy k sociální ekonomice.',
      'Minden megye vagy régió, ahol foglalkoztatási paktum működik, létrehozhat hasonló tematikus munkacsoportot, amely információval és a forrásszerzés támogatásával a szociális gazdaság felé tereli a civil szervezeteket, vállalkozásokat és önkormányzatokat.',
      'Any county or region with an employment pact can set up a similar thematic working group that uses information and fundraising support to draw NGOs, businesses and local councils into the social economy.',
    ),
  ],
  themes: ['social-economy', 'employment'],
  contactPerson: { name: 'Paktumkoordinátor', email: 'paktum@example.org' },
}

export const caseStudies: CaseStudySeed[] = [vysocina, prunerov, kosice, liberec, vas]

import type { Locale } from '@/i18n/locales'

type Localized = Record<Locale, string>

export type MeasureStatus = 'not-started' | 'in-progress' | 'done' | 'dropped'

export type MeasureSeed = {
  code: string // e.g. '1.1.2' — unique within the strategy
  title: Localized
  description?: Localized
  status: MeasureStatus
  responsibleOrganisationSlugs: string[] // from organisations.ts
  partners?: Localized // free text, e.g. "municipalities, Labour Office"
  indicators: { name: Localized; unit: Localized; baseline?: number; target: number; actual?: number }[]
  /** work that serves the measure, by slug */
  centreSlugs?: string[]
  caseStudySlugs?: string[]
  eventSlugs?: string[]
}

export type GoalSeed = { code: string; title: Localized; description?: Localized; measures: MeasureSeed[] }
export type StrategyThemeSeed = { code: string; title: Localized; themeCode?: string; goals: GoalSeed[] }

export type StrategySeed = {
  slug: string
  kind: 'regional-strategy' | 'community-plan'
  title: Localized
  summary: Localized
  regionCode: string
  ownerOrganisationSlug: string
  period: { from: string; to: string } // 'YYYY-MM-DD'
  status: 'draft' | 'in-force' | 'completed'
  themes: StrategyThemeSeed[]
}

/** One value per language, in the order sk, cs, hu, en. */
function L(sk: string, cs: string, hu: string, en: string): Localized {
  return { sk, cs, hu, en }
}

// Units, in the form that follows a number in each language (Hungarian takes the singular).
const persons = L('osôb', 'osob', 'fő', 'people')
const families = L('rodín', 'rodin', 'család', 'families')
const households = L('domácností', 'domácností', 'háztartás', 'households')
const children = L('detí', 'dětí', 'gyermek', 'children')
const events = L('podujatí', 'akcí', 'alkalom', 'events')
const meetings = L('stretnutí', 'setkání', 'ülés', 'meetings')
const municipalities = L('obcí', 'obcí', 'település', 'municipalities')
const schools = L('škôl', 'škol', 'iskola', 'schools')
const reports = L('správ', 'zpráv', 'jelentés', 'reports')
const posts = L('úväzkov', 'úvazků', 'álláshely', 'full-time posts')
const projects = L('projektov', 'projektů', 'projekt', 'projects')
const flats = L('bytov', 'bytů', 'lakás', 'flats')
const employers = L('zamestnávateľov', 'zaměstnavatelů', 'munkáltató', 'employers')

// ---------------------------------------------------------------------------------------------
// Source: Liberecký kraj. Themes, goals and measures follow the source document's Czech (long
// items get a short title and the source's full wording as description; obvious typos fixed); the
// document numbers nothing, so the codes are 1, 1.1, 1.1.1 … in its order. The third debts goal
// has no title in the source ("Prevence zadlužování" is ours). The source gives no
// name, period or status: the name is the one used in caseStudies.ts, the period is read from
// "2021+" as 2021–2025. Statuses, indicators and partners are demo figures, not facts.
// ---------------------------------------------------------------------------------------------

const employmentPact = L(
  'Pakt zamestnanosti LK, krajská pobočka Úradu práce ČR v Liberci',
  'Pakt zaměstnanosti LK, Krajská pobočka Úřadu práce ČR v Liberci',
  'a Libereci kerületi foglalkoztatási paktum, a cseh munkaügyi hivatal libereci kerületi kirendeltsége',
  'the Liberec Region Employment Pact, the Labour Office’s regional branch in Liberec',
)

const housingActors = L(
  'obce, poskytovatelia sociálnych služieb, Úrad práce ČR, mimovládne organizácie',
  'obce, poskytovatelé sociálních služeb, Úřad práce ČR, neziskové organizace',
  'települések, szociális szolgáltatók, a cseh munkaügyi hivatal, civil szervezetek',
  'municipalities, social service providers, the Labour Office, NGOs',
)

const debtCounsellingProviders = L(
  'akreditovaní poskytovatelia dlhového poradenstva, obce, sociálne služby',
  'akreditovaní poskytovatelé dluhového poradenství, obce, sociální služby',
  'akkreditált adósságtanácsadó szolgáltatók, települések, szociális szolgáltatások',
  'accredited debt counselling providers, municipalities, social services',
)

const liberecEmploymentCaseStudy = ['liberecky-kraj-zamestnanost-pakt-a-urad-prace']
const liberecDebtRoundTable = ['liberec-kulaty-stul-dluhove-poradenstvi']

const liberec: StrategySeed = {
  slug: 'strategie-socialniho-zaclenovani-libereckeho-kraje-2021',
  kind: 'regional-strategy',
  title: L(
    'Stratégia sociálneho začleňovania Libereckého kraja 2021+',
    'Strategie sociálního začleňování Libereckého kraje 2021+',
    'A Libereci kerület társadalmi befogadási stratégiája 2021+',
    'Liberec Region Social Inclusion Strategy 2021+',
  ),
  summary: L(
    'Krajská stratégia riešenia sociálneho vylúčenia v piatich témach – bezpečnosť a zdravie, bývanie, dlhy, vzdelávanie a zamestnanosť – s cieľmi a opatreniami pre kraj, obce, sociálne služby, školy a úrad práce.',
    'Krajská strategie řešení sociálního vyloučení v pěti tématech – bezpečí a zdraví, bydlení, dluhy, vzdělávání a zaměstnanost – s cíli a opatřeními pro kraj, obce, sociální služby, školy a úřad práce.',
    'A társadalmi kirekesztés kezelésének kerületi stratégiája öt témában – biztonság és egészség, lakhatás, adósságok, oktatás és foglalkoztatás –, célokkal és intézkedésekkel a kerület, a települések, a szociális szolgáltatások, az iskolák és a munkaügyi hivatal számára.',
    'The regional strategy for tackling social exclusion in five themes – safety and health, housing, debts, education and employment – with goals and measures for the region, municipalities, social services, schools and the Labour Office.',
  ),
  regionCode: 'CZ051',
  ownerOrganisationSlug: 'liberecky-kraj',
  period: { from: '2021-01-01', to: '2025-12-31' },
  status: 'in-force',
  themes: [
    // ---------------------------------------------------------------- 1 Bezpečí a zdraví
    {
      code: '1',
      title: L('Bezpečnosť a zdravie', 'Bezpečí a zdraví', 'Biztonság és egészség', 'Safety and health'),
      themeCode: 'safety-health',
      goals: [
        {
          code: '1.1',
          title: L('Bezpečná komunita', 'Bezpečná komunita', 'Biztonságos közösség', 'A safe community'),
          description: L(
            'Podpora dobrého susedstva, občianskeho spolunažívania a komunitného života v kraji.',
            'Podpora dobrého sousedství, občanského soužití a komunitního života v kraji.',
            'A jó szomszédság, a polgári együttélés és a közösségi élet támogatása a kerületben.',
            'Supporting good neighbourly relations, civic coexistence and community life in the region.',
          ),
          measures: [
            {
              code: '1.1.1',
              title: L(
                'Posilnenie kapacít osôb pôsobiacich preventívne v teréne a ich kvalitné metodické vedenie',
                'Posílení kapacit preventivně působících osob v terénu a jejich kvalitní metodické vedení',
                'A terepen megelőző munkát végzők kapacitásának bővítése és színvonalas módszertani irányításuk',
                'Strengthening the capacity of people doing prevention work in the field, with good methodological guidance',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'obce, mestská polícia, asistenti prevencie kriminality, poskytovatelia terénnych sociálnych služieb',
                'obce, obecní policie, asistenti prevence kriminality, poskytovatelé terénních sociálních služeb',
                'települések, önkormányzati rendészet, bűnmegelőzési asszisztensek, terepi szociális szolgáltatók',
                'municipalities, municipal police, crime prevention assistants, providers of field social services',
              ),
              indicators: [
                {
                  name: L(
                    'Osoby pôsobiace preventívne v teréne s metodickým vedením',
                    'Preventivně působící osoby v terénu s metodickým vedením',
                    'Módszertani támogatást kapó, terepen megelőző munkát végzők',
                    'Field prevention workers receiving methodological guidance',
                  ),
                  unit: persons,
                  target: 30,
                  actual: 22,
                },
              ],
              centreSlugs: ['terenni-program-liberec'],
            },
            {
              code: '1.1.2',
              title: L(
                'Priama podpora komunitných aktivít',
                'Přímá podpora komunitních aktivit',
                'Közösségi programok közvetlen támogatása',
                'Direct support for community activities',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'obce, mimovládne organizácie, komunitné centrá, obyvatelia lokalít',
                'obce, neziskové organizace, komunitní centra, obyvatelé lokalit',
                'települések, civil szervezetek, közösségi központok, a telepek lakói',
                'municipalities, NGOs, community centres, residents of the localities',
              ),
              indicators: [
                {
                  name: L(
                    'Podporené komunitné aktivity',
                    'Podpořené komunitní aktivity',
                    'Támogatott közösségi programok',
                    'Community activities supported',
                  ),
                  unit: L('aktivít', 'aktivit', 'program', 'activities'),
                  target: 40,
                  actual: 27,
                },
              ],
            },
            {
              code: '1.1.3',
              title: L(
                'Prenos dobrej praxe, vzdelávanie a osveta, medziodborová spolupráca',
                'Přenos dobré praxe, vzdělávání a osvěta, mezioborová spolupráce',
                'Jó gyakorlatok átadása, képzés és szemléletformálás, ágazatközi együttműködés',
                'Sharing good practice, training and awareness-raising, cross-sector cooperation',
              ),
              status: 'done',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'obce, polícia, školy, sociálne služby',
                'obce, policie, školy, sociální služby',
                'települések, rendőrség, iskolák, szociális szolgáltatások',
                'municipalities, police, schools, social services',
              ),
              indicators: [
                {
                  name: L(
                    'Medziodborové semináre a stretnutia',
                    'Mezioborové semináře a setkání',
                    'Ágazatközi szemináriumok és találkozók',
                    'Cross-sector seminars and meetings',
                  ),
                  unit: events,
                  target: 10,
                  actual: 12,
                },
              ],
            },
          ],
        },
        {
          code: '1.2',
          title: L(
            'Bezpečné a kvalitné prostredie pre rodinu',
            'Bezpečné a kvalitní prostředí pro rodinu',
            'Biztonságos és minőségi környezet a családok számára',
            'A safe, good environment for families',
          ),
          description: L(
            'Zabezpečenie podmienok pre fungovanie rodín, voľný čas detí a mládeže a kultúrne vyžitie sociálne vylúčených osôb v kraji.',
            'Zajištění podmínek pro fungování rodin, volný čas dětí a mládeže a kulturní vyžití sociálně vyloučených osob v kraji.',
            'Feltételek biztosítása a családok működéséhez, a gyermekek és fiatalok szabadidejéhez, valamint a társadalmilag kirekesztett emberek kulturális életéhez a kerületben.',
            'Securing the conditions for families to function, for children’s and young people’s leisure time and for the cultural life of socially excluded people in the region.',
          ),
          measures: [
            {
              code: '1.2.1',
              title: L(
                'Služby podpory fungovania rodiny ako celku a náhradná rodinná starostlivosť',
                'Služby podpory fungování rodiny jako celku a náhradní rodinná péče',
                'A család egészének működését segítő szolgáltatások és helyettes családi gondoskodás',
                'Services supporting the family as a whole, and substitute family care',
              ),
              description: L(
                'Zabezpečenie služieb podpory fungovania rodiny ako celku; ak výchova v rodine zlyhá, zabezpečenie náhradnej rodinnej starostlivosti ako prevencie inštitucionalizácie.',
                'Zajištění služeb podpory fungování rodiny jako celku, v případě, že výchova v rodině selže, zajištění náhradní rodinné péče jako prevence institucionalizace.',
                'A család egészének működését támogató szolgáltatások biztosítása; ha a családi nevelés kudarcot vall, helyettes családi gondoskodás biztosítása az intézményi elhelyezés megelőzésére.',
                'Providing services that support the family as a whole and, where upbringing in the family fails, substitute family care to prevent institutionalisation.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'orgány sociálnoprávnej ochrany detí, poskytovatelia sociálne aktivizačných služieb pre rodiny s deťmi, pestúni',
                'orgány sociálně-právní ochrany dětí, poskytovatelé sociálně aktivizačních služeb pro rodiny s dětmi, pěstouni',
                'gyermekvédelmi hatóságok, gyermekes családoknak szóló aktivizáló szolgáltatások nyújtói, nevelőszülők',
                'child protection authorities, providers of activation services for families with children, foster carers',
              ),
              indicators: [
                {
                  name: L(
                    'Rodiny podporené sociálne aktivizačnými službami',
                    'Rodiny podpořené sociálně aktivizačními službami',
                    'Aktivizáló szolgáltatással támogatott családok',
                    'Families supported by activation services',
                  ),
                  unit: families,
                  target: 250,
                  actual: 180,
                },
              ],
              centreSlugs: ['socialne-aktivizacni-sluzby-pro-rodiny-jablonec-nad-nisou'],
            },
            {
              code: '1.2.2',
              title: L(
                'Podpora svojpomocných aktivít „na ulici“ a nízkoprahová kontaktná práca s deťmi a mládežou',
                'Podpora samoorganizovaných aktivit „na ulici“ a nízkoprahová kontaktní práce s dětmi a mládeží',
                'Az „utcán” szerveződő programok támogatása és alacsonyküszöbű kontaktmunka gyermekekkel és fiatalokkal',
                'Support for self-organised activities “on the street” and low-threshold outreach work with children and young people',
              ),
              description: L(
                'Podpora samoorganizovaných aktivít „na ulici“ na neformálnych priestranstvách („plácky“), nízkoprahové služby formou kontaktnej práce (terénni sociálni asistenti zameraní na prácu s deťmi a mládežou).',
                'Podpora pro samoorganizované aktivity „na ulici“ – „plácky“, nízkoprahové služby formou kontaktní práce (terénní sociální asistenti zaměření na práci s dětmi a mládeží).',
                'Az „utcán”, kötetlen közösségi tereken („plácky”) önszerveződő programok támogatása, alacsonyküszöbű szolgáltatások kontaktmunka formájában (gyermekekkel és fiatalokkal foglalkozó terepi szociális asszisztensek).',
                'Support for self-organised activities “on the street” in informal open spaces (“plácky”), low-threshold services in the form of outreach work (field social assistants working with children and young people).',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'obce, nízkoprahové zariadenia pre deti a mládež, terénne programy',
                'obce, nízkoprahová zařízení pro děti a mládež, terénní programy',
                'települések, alacsonyküszöbű gyermek- és ifjúsági klubok, terepi programok',
                'municipalities, low-threshold facilities for children and youth, field programmes',
              ),
              indicators: [
                {
                  name: L(
                    'Terénni sociálni asistenti pre prácu s deťmi a mládežou',
                    'Terénní sociální asistenti pro práci s dětmi a mládeží',
                    'Gyermekekkel és fiatalokkal dolgozó terepi szociális asszisztensek',
                    'Field social assistants working with children and young people',
                  ),
                  unit: posts,
                  target: 6,
                  actual: 4,
                },
                {
                  name: L(
                    'Deti a mladí ľudia v kontakte s terénnymi asistentmi',
                    'Děti a mladí lidé v kontaktu s terénními asistenty',
                    'A terepi asszisztensekkel kapcsolatban álló gyermekek és fiatalok',
                    'Children and young people in contact with field assistants',
                  ),
                  unit: persons,
                  target: 200,
                  actual: 145,
                },
              ],
              centreSlugs: ['terenni-program-liberec'],
            },
            {
              code: '1.2.3',
              title: L(
                'Znižovanie prahu bežnej ponuky voľnočasových aktivít',
                'Snižování prahu u mainstreamové nabídky volnočasových aktivit',
                'A szabadidős programok általános kínálatának könnyebb elérhetővé tétele',
                'Lowering the threshold of mainstream leisure activities',
              ),
              description: L(
                'Znižovanie prahu bežnej ponuky voľnočasových aktivít tak, aby sociálne vylúčené deti a dospievajúci častejšie navštevovali krúžky, športové kluby a pod.',
                'Snižování prahu u mainstreamové nabídky volnočasových aktivit s efektem zvyšování návštěvnosti sociálně vyloučených dětí/dospívajících na kroužky, do sportovních klubů atd.',
                'Az általános szabadidős kínálat küszöbének csökkentése, hogy a társadalmilag kirekesztett gyermekek és serdülők gyakrabban járjanak szakkörökre, sportklubokba és hasonló programokra.',
                'Lowering the threshold of mainstream leisure activities so that more socially excluded children and teenagers attend clubs, sports clubs and the like.',
              ),
              status: 'not-started',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'športové kluby, centrá voľného času, základné umelecké školy, obce',
                'sportovní kluby, domy dětí a mládeže, základní umělecké školy, obce',
                'sportklubok, gyermek- és ifjúsági házak, alapfokú művészeti iskolák, települések',
                'sports clubs, children’s and youth centres, basic art schools, municipalities',
              ),
              indicators: [
                {
                  name: L(
                    'Sociálne vylúčené deti a dospievajúci v krúžkoch a športových kluboch',
                    'Sociálně vyloučené děti a dospívající v kroužcích a sportovních klubech',
                    'Szakkörökbe és sportklubokba járó kirekesztett gyermekek és serdülők',
                    'Socially excluded children and teenagers in clubs and sports clubs',
                  ),
                  unit: children,
                  target: 150,
                },
              ],
            },
            {
              code: '1.2.4',
              title: L(
                'Zapájanie mladých ľudí ohrozených sociálnym vylúčením do rozhodovania',
                'Zapojování mladých lidí ohrožených sociálním vyloučením do rozhodování',
                'A társadalmi kirekesztés által veszélyeztetett fiatalok bevonása a döntéshozatalba',
                'Involving young people at risk of social exclusion in decision-making',
              ),
              description: L(
                'Posilňovanie občianskych kompetencií a mobility mládeže.',
                'Posilování občanských kompetencí, mobility mládeže.',
                'Az állampolgári kompetenciák és az ifjúsági mobilitás erősítése.',
                'Strengthening civic competences and youth mobility.',
              ),
              status: 'not-started',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'žiacke parlamenty, mládežnícke organizácie, obce, školy',
                'žákovské parlamenty, mládežnické organizace, obce, školy',
                'diákönkormányzatok, ifjúsági szervezetek, települések, iskolák',
                'pupils’ councils, youth organisations, municipalities, schools',
              ),
              indicators: [
                {
                  name: L(
                    'Mladí ľudia zapojení do participatívnych projektov a mobilít',
                    'Mladí lidé zapojení do participativních projektů a mobilit',
                    'Részvételi projektekbe és mobilitási programokba bevont fiatalok',
                    'Young people involved in participation projects and mobility schemes',
                  ),
                  unit: persons,
                  target: 60,
                },
              ],
            },
          ],
        },
        {
          code: '1.3',
          title: L(
            'Kvalitný život pre jednotlivca',
            'Kvalitní život pro jednotlivce',
            'Minőségi élet az egyén számára',
            'A good life for individuals',
          ),
          description: L(
            'Podpora zdravia sociálne vylúčených osôb v kraji v súvislosti so športom a zdravým životným štýlom.',
            'Podpora zdraví sociálně vyloučených osob v kraji v souvislosti se sportem a zdravým životním stylem.',
            'A társadalmilag kirekesztett emberek egészségének támogatása a sporton és az egészséges életmódon keresztül a kerületben.',
            'Promoting the health of socially excluded people in the region through sport and a healthy lifestyle.',
          ),
          measures: [
            {
              code: '1.3.1',
              title: L('Podpora športu pre všetkých', 'Podpora sportu pro všechny', 'Sport mindenkinek', 'Sport for all'),
              status: 'done',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'športové kluby a zväzy, obce, školy',
                'sportovní kluby a svazy, obce, školy',
                'sportklubok és szövetségek, települések, iskolák',
                'sports clubs and associations, municipalities, schools',
              ),
              indicators: [
                {
                  name: L(
                    'Športové podujatia otvorené pre všetkých',
                    'Sportovní akce otevřené pro všechny',
                    'Mindenki számára nyitott sportesemények',
                    'Sports events open to all',
                  ),
                  unit: events,
                  target: 20,
                  actual: 24,
                },
              ],
            },
            {
              code: '1.3.2',
              title: L(
                'Dostupné zdravie a podpora zdravia',
                'Dostupné zdraví a podpora zdraví',
                'Elérhető egészségügy és egészségfejlesztés',
                'Accessible health care and health promotion',
              ),
              description: L(
                'Podpora dostupnosti základnej zdravotnej starostlivosti a osvety v oblasti starostlivosti o zdravie.',
                'Podpora dostupnosti základní zdravotní péče, osvěty v oblasti péče o zdraví.',
                'Az egészségügyi alapellátás elérhetőségének és az egészségmegőrzésről szóló felvilágosításnak a támogatása.',
                'Improving access to primary health care and raising awareness of looking after one’s health.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'všeobecní lekári, zdravotné poisťovne, Krajská hygienická stanica, terénne sociálne služby',
                'praktičtí lékaři, zdravotní pojišťovny, Krajská hygienická stanice, terénní sociální služby',
                'háziorvosok, egészségbiztosítók, a kerületi népegészségügyi hatóság, terepi szociális szolgáltatások',
                'general practitioners, health insurance companies, the Regional Public Health Authority, field social services',
              ),
              indicators: [
                {
                  name: L(
                    'Osvetové podujatia o starostlivosti o zdravie',
                    'Osvětové akce o péči o zdraví',
                    'Egészségügyi felvilágosító alkalmak',
                    'Health awareness events',
                  ),
                  unit: events,
                  target: 16,
                  actual: 9,
                },
                {
                  name: L(
                    'Osoby sprevádzané k všeobecnému lekárovi',
                    'Osoby doprovázené k praktickému lékaři',
                    'Háziorvoshoz kísért személyek',
                    'People accompanied to a GP',
                  ),
                  unit: persons,
                  target: 120,
                  actual: 74,
                },
              ],
            },
            {
              code: '1.3.3',
              title: L(
                'Dotačný fond a aktívny miestny fundraising pre športové aktivity a zdravý životný štýl sociálne vylúčených osôb',
                'Dotační fond a aktivní lokální fundraising pro sportovní aktivity a zdravý životní styl sociálně vyloučených osob',
                'Támogatási alap és aktív helyi forrásteremtés a kirekesztett emberek sportolásához és egészséges életmódjához',
                'A grant fund and active local fundraising for sport and healthy lifestyles of socially excluded people',
              ),
              status: 'dropped',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'nadácie, miestne firmy, obce',
                'nadace, místní firmy, obce',
                'alapítványok, helyi vállalkozások, települések',
                'foundations, local businesses, municipalities',
              ),
              indicators: [
                {
                  name: L(
                    'Projekty podporené z dotačného fondu',
                    'Projekty podpořené z dotačního fondu',
                    'A támogatási alapból finanszírozott projektek',
                    'Projects funded from the grant fund',
                  ),
                  unit: projects,
                  target: 15,
                },
              ],
            },
          ],
        },
      ],
    },
    // ---------------------------------------------------------------- 2 Bydlení
    {
      code: '2',
      title: L('Bývanie', 'Bydlení', 'Lakhatás', 'Housing'),
      themeCode: 'housing',
      goals: [
        {
          code: '2.1',
          title: L(
            'Zabezpečenie asistencie pri zaobstarávaní bývania a prevencia straty bývania (sociálna práca a sociálne služby)',
            'Zabezpečení asistence při zajištění bydlení a prevence ztráty bydlení (sociální práce a sociální služby)',
            'Segítség a lakhatás megszerzésében és a lakhatás elvesztésének megelőzése (szociális munka és szociális szolgáltatások)',
            'Assistance in securing housing and preventing housing loss (social work and social services)',
          ),
          measures: [
            {
              code: '2.1.1',
              title: L(
                'Financovanie asistencie pri zaobstarávaní bývania a prevencii straty bývania v krajskej sieti',
                'Financování asistence se zajištěním bydlení a prevencí ztráty bydlení v krajské síti',
                'A lakhatáshoz jutás segítésének és a lakhatásvesztés megelőzésének finanszírozása a kerületi hálózatban',
                'Funding assistance with securing housing and preventing housing loss in the regional network',
              ),
              description: L(
                'Financovanie asistencie pri zaobstarávaní bývania, prevencii straty bývania a ďalších činností v rámci krajskej siete (nadväznosť na prebiehajúce a končiace projekty).',
                'Financování asistence se zajištěním bydlení, prevencí ztráty bydlení a dalších činností v rámci krajské sítě (vazba na běžící/ukončované projekty).',
                'A lakhatáshoz jutás segítésének, a lakhatásvesztés megelőzésének és más tevékenységeknek a finanszírozása a kerületi hálózaton belül (a futó és lezáruló projektekhez kapcsolódva).',
                'Funding assistance with securing housing, preventing housing loss and other activities within the regional network (linked to ongoing and ending projects).',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'obce, poskytovatelia terénnych programov a sociálneho poradenstva, Úrad práce ČR',
                'obce, poskytovatelé terénních programů a sociálního poradenství, Úřad práce ČR',
                'települések, terepi programok és szociális tanácsadás nyújtói, a cseh munkaügyi hivatal',
                'municipalities, providers of field programmes and social counselling, the Labour Office',
              ),
              indicators: [
                {
                  name: L(
                    'Domácnosti, ktorým asistencia pomohla udržať si alebo získať bývanie',
                    'Domácnosti, kterým asistence pomohla udržet nebo získat bydlení',
                    'A segítség révén lakhatásukat megtartó vagy megszerző háztartások',
                    'Households helped to keep or find housing',
                  ),
                  unit: households,
                  target: 300,
                  actual: 210,
                },
              ],
              centreSlugs: ['terenni-program-liberec'],
            },
            {
              code: '2.1.2',
              title: L(
                'Dostatočné kapacity krízového ubytovania v kraji',
                'Dostatečné kapacity krizového ubytování v kraji',
                'Elegendő krízisszállás a kerületben',
                'Sufficient emergency accommodation in the region',
              ),
              description: L(
                'Existencia dostatočných kapacít krízového ubytovania v kraji (azylové domy, krízové byty) v nadväznosti na prevenciu rozdelenia rodín a inštitucionalizácie.',
                'Existence dostatečných kapacit krizového ubytování v kraji (azylové domy, krizové byty) ve vazbě na prevenci rozdělení rodin a institucionalizaci.',
                'Elegendő krízisszállás a kerületben (menedékotthonok, krízislakások) a családok szétválasztásának és az intézményi elhelyezésnek a megelőzésére.',
                'Enough emergency accommodation in the region (shelters, crisis flats) to prevent families from being separated and institutionalised.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'poskytovatelia azylových domov, obce, orgány sociálnoprávnej ochrany detí',
                'poskytovatelé azylových domů, obce, orgány sociálně-právní ochrany dětí',
                'menedékotthonok fenntartói, települések, gyermekvédelmi hatóságok',
                'shelter providers, municipalities, child protection authorities',
              ),
              indicators: [
                {
                  name: L(
                    'Krízové byty pre rodiny s deťmi',
                    'Krizové byty pro rodiny s dětmi',
                    'Krízislakások gyermekes családoknak',
                    'Crisis flats for families with children',
                  ),
                  unit: flats,
                  baseline: 2,
                  target: 8,
                  actual: 5,
                },
              ],
            },
          ],
        },
        {
          code: '2.2',
          title: L(
            'Koordinácia aktérov v oblasti sociálneho bývania',
            'Koordinace aktérů v oblasti sociálního bydlení',
            'A szociális lakhatás szereplőinek összehangolása',
            'Coordinating the actors in social housing',
          ),
          measures: [
            {
              code: '2.2.1',
              title: L(
                'Vznik a koordinácia platformy na stretávanie aktérov',
                'Vznik a koordinace platformy pro setkávání aktérů',
                'A szereplők találkozási platformjának létrehozása és koordinálása',
                'Setting up and coordinating a platform where the actors meet',
              ),
              status: 'done',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: housingActors,
              indicators: [
                {
                  name: L(
                    'Stretnutia platformy aktérov sociálneho bývania',
                    'Setkání platformy aktérů sociálního bydlení',
                    'A szociális lakhatási platform ülései',
                    'Meetings of the social housing platform',
                  ),
                  unit: meetings,
                  target: 8,
                  actual: 9,
                },
              ],
            },
            {
              code: '2.2.2',
              title: L(
                'Monitoring situácie, výmena informácií, komunikácia, spoločná terminológia',
                'Monitoring situace, výměna informací, komunikace, společná terminologie',
                'A helyzet nyomon követése, információcsere, kommunikáció, közös fogalomhasználat',
                'Monitoring the situation, sharing information, communication, a common terminology',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: housingActors,
              indicators: [
                {
                  name: L(
                    'Spracované monitorovacie správy o bývaní',
                    'Zpracované monitorovací zprávy o bydlení',
                    'Elkészült lakhatási monitoringjelentések',
                    'Housing monitoring reports produced',
                  ),
                  unit: reports,
                  target: 5,
                  actual: 3,
                },
              ],
            },
            {
              code: '2.2.3',
              title: L(
                'Deľba úloh a spolupráca medzi obcami, sociálnymi službami a úradom práce',
                'Dělba rolí a spolupráce mezi obcemi, sociálními službami a úřadem práce',
                'Szerepmegosztás és együttműködés a települések, a szociális szolgáltatások és a munkaügyi hivatal között',
                'Sharing roles and cooperation between municipalities, social services and the Labour Office',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: housingActors,
              indicators: [
                {
                  name: L(
                    'Obce s dohodnutým postupom spolupráce',
                    'Obce s dohodnutým postupem spolupráce',
                    'Együttműködési eljárásban megállapodott települések',
                    'Municipalities with an agreed cooperation procedure',
                  ),
                  unit: municipalities,
                  target: 12,
                  actual: 7,
                },
              ],
            },
          ],
        },
        {
          code: '2.3',
          title: L(
            'Podpora rozširovania a dostupnosti bytového fondu',
            'Podpora rozšiřování a dostupnosti bytového fondu',
            'A lakásállomány bővítésének és elérhetőségének támogatása',
            'Expanding the housing stock and making it more accessible',
          ),
          measures: [
            {
              code: '2.3.1',
              title: L(
                'Pomoc obciam pri plánovaní bytových politík a získavaní dotácií a podpory',
                'Pomoc obcím při plánování bytových politik, získávání dotací a podpor',
                'Segítség a településeknek a lakáspolitika tervezésében, támogatások és források megszerzésében',
                'Helping municipalities plan housing policies and obtain grants and support',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'obce, Ministerstvo pre miestny rozvoj ČR, Štátny fond podpory investícií',
                'obce, Ministerstvo pro místní rozvoj ČR, Státní fond podpory investic',
                'települések, a cseh Területfejlesztési Minisztérium, az Állami Beruházástámogatási Alap',
                'municipalities, the Ministry for Regional Development, the State Investment Support Fund',
              ),
              indicators: [
                {
                  name: L(
                    'Obce, ktorým kraj pomohol s bytovou politikou alebo žiadosťou o dotáciu',
                    'Obce, kterým kraj pomohl s bytovou politikou nebo žádostí o dotaci',
                    'Települések, amelyeknek a kerület segített a lakáspolitikában vagy a támogatási kérelemben',
                    'Municipalities helped with a housing policy or grant application',
                  ),
                  unit: municipalities,
                  target: 15,
                  actual: 9,
                },
              ],
            },
            {
              code: '2.3.2',
              title: L(
                'Overenie potenciálu a iniciovanie vzniku garantovaného bývania',
                'Ověření potenciálu a iniciace vzniku garantovaného bydlení',
                'A garantált lakhatás lehetőségeinek felmérése és kialakításának kezdeményezése',
                'Exploring and initiating guaranteed housing',
              ),
              description: L(
                'V nadväznosti na sieť relevantných sociálnych služieb overiť potenciál a následne iniciovať vznik garantovaného bývania.',
                'V návaznosti na síť relevantních sociálních služeb ověřit potenciál a následně iniciovat vznik garantovaného bydlení.',
                'A releváns szociális szolgáltatások hálózatára építve felmérni a lehetőségeket, majd kezdeményezni a garantált lakhatás kialakítását.',
                'Building on the network of relevant social services, assess the potential and then initiate guaranteed housing.',
              ),
              status: 'not-started',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'obce, vlastníci bytov, poskytovatelia sociálnych služieb',
                'obce, vlastníci bytů, poskytovatelé sociálních služeb',
                'települések, lakástulajdonosok, szociális szolgáltatók',
                'municipalities, landlords, social service providers',
              ),
              indicators: [
                {
                  name: L(
                    'Byty v systéme garantovaného bývania',
                    'Byty v systému garantovaného bydlení',
                    'A garantált lakhatás rendszerébe bevont lakások',
                    'Flats in the guaranteed housing scheme',
                  ),
                  unit: flats,
                  target: 20,
                },
              ],
            },
          ],
        },
      ],
    },
    // ---------------------------------------------------------------- 3 Dluhy
    {
      code: '3',
      title: L('Dlhy', 'Dluhy', 'Adósságok', 'Debts'),
      themeCode: 'debts',
      goals: [
        {
          code: '3.1',
          title: L(
            'Zabezpečenie primeranej dostupnosti dlhového poradenstva na území celého kraja',
            'Zajištění adekvátní dostupnosti dluhového poradenství na území celého kraje',
            'Az adósságtanácsadás megfelelő elérhetősége a kerület egész területén',
            'Adequate access to debt counselling across the whole region',
          ),
          measures: [
            {
              code: '3.1.1',
              title: L(
                'Koordinácia zabezpečenia primeraného pokrytia kraja dlhovým poradenstvom',
                'Koordinace zajištění adekvátního pokrytí kraje dluhovým poradenstvím',
                'A kerület adósságtanácsadással való megfelelő lefedettségének összehangolása',
                'Coordinating adequate coverage of the region with debt counselling',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: debtCounsellingProviders,
              indicators: [
                {
                  name: L(
                    'Správne obvody obcí s rozšírenou pôsobnosťou (ORP) s dostupnou dlhovou poradňou',
                    'Správní obvody obcí s rozšířenou působností s dostupnou dluhovou poradnou',
                    'Kiterjesztett hatáskörű települések (ORP) körzetei elérhető adósságtanácsadással',
                    'Districts of municipalities with extended powers (ORP) with a debt counselling service',
                  ),
                  unit: L('obvodov', 'obvodů', 'körzet', 'districts'),
                  target: 10,
                  actual: 8,
                },
              ],
              centreSlugs: ['dluhova-poradna-jablonec-nad-nisou'],
              eventSlugs: liberecDebtRoundTable,
            },
            {
              code: '3.1.2',
              title: L(
                'Zabezpečenie stabilného financovania dlhového poradenstva',
                'Zajištění stabilního financování dluhového poradenství',
                'Az adósságtanácsadás stabil finanszírozásának biztosítása',
                'Stable funding for debt counselling',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'poskytovatelia dlhového poradenstva, Ministerstvo práce a sociálnych vecí ČR, obce',
                'poskytovatelé dluhového poradenství, Ministerstvo práce a sociálních věcí, obce',
                'adósságtanácsadó szolgáltatók, a cseh Munkaügyi és Szociális Minisztérium, települések',
                'debt counselling providers, the Ministry of Labour and Social Affairs, municipalities',
              ),
              indicators: [
                {
                  name: L(
                    'Dlhové poradne s viacročným financovaním',
                    'Dluhové poradny s víceletým financováním',
                    'Többéves finanszírozással működő adósságtanácsadó szolgálatok',
                    'Debt counselling services with multi-year funding',
                  ),
                  unit: L('poradní', 'poraden', 'szolgálat', 'services'),
                  target: 6,
                  actual: 4,
                },
              ],
              centreSlugs: ['dluhova-poradna-jablonec-nad-nisou'],
              eventSlugs: liberecDebtRoundTable,
            },
          ],
        },
        {
          code: '3.2',
          title: L(
            'Koordinácia a spolupráca s ďalšími aktérmi',
            'Koordinace a spolupráce s dalšími aktéry',
            'Koordináció és együttműködés más szereplőkkel',
            'Coordination and cooperation with other actors',
          ),
          measures: [
            {
              code: '3.2.1',
              title: L(
                'Prepojenie dlhového poradenstva so sieťou sociálnych služieb a so školstvom',
                'Provázání dluhového poradenství se sítí sociálních služeb a se školskou oblastí',
                'Az adósságtanácsadás összekapcsolása a szociális szolgáltatások hálózatával és az oktatással',
                'Linking debt counselling with the social services network and with schools',
              ),
              description: L(
                'Zabezpečenie prepojenia a spolupráce dlhového poradenstva s existujúcou sieťou sociálnych služieb a so školstvom v kontexte práce v jednotlivých obciach kraja.',
                'Zajištění provazby a spolupráce dluhového poradenství s existující sítí sociálních služeb a na školskou oblast v kontextu práce v jednotlivých obcích kraje.',
                'Az adósságtanácsadás összekapcsolása és együttműködése a meglévő szociális szolgáltatási hálózattal és az oktatással, a kerület egyes településein folyó munkához igazodva.',
                'Linking debt counselling to the existing network of social services and to schools, and making them work together, in the context of work in the region’s individual municipalities.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'dlhové poradne, sociálne služby, školy, obce',
                'dluhové poradny, sociální služby, školy, obce',
                'adósságtanácsadók, szociális szolgáltatások, iskolák, települések',
                'debt counselling services, social services, schools, municipalities',
              ),
              indicators: [
                {
                  name: L(
                    'Spoločné prípadové konferencie dlhových poradní a sociálnych služieb',
                    'Společné případové konference dluhových poraden a sociálních služeb',
                    'Az adósságtanácsadók és a szociális szolgáltatások közös esetmegbeszélései',
                    'Joint case conferences of debt counselling and social services',
                  ),
                  unit: L('konferencií', 'konferencí', 'esetmegbeszélés', 'case conferences'),
                  target: 20,
                  actual: 11,
                },
              ],
              centreSlugs: ['dluhova-poradna-jablonec-nad-nisou', 'terenni-program-liberec'],
              eventSlugs: liberecDebtRoundTable,
            },
            {
              code: '3.2.2',
              title: L(
                'Krízové linky a kontaktné krízové centrá',
                'Krizové linky a kontaktní krizová centra',
                'Krízisvonalak és személyesen felkereshető krízisközpontok',
                'Crisis helplines and drop-in crisis centres',
              ),
              description: L(
                'Vznik krízových liniek a kontaktných krízových centier v nadväznosti na ďalšie problémy sociálne vylúčených osôb.',
                'Vznik krizových linek a kontaktních krizových center ve vazbě na další problémy sociálně vyloučených osob.',
                'Krízisvonalak és személyesen felkereshető krízisközpontok létrehozása, a társadalmilag kirekesztett emberek egyéb problémáihoz kapcsolódva.',
                'Setting up crisis helplines and drop-in crisis centres linked to the other problems socially excluded people face.',
              ),
              status: 'dropped',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'poskytovatelia krízovej pomoci, dlhové poradne, obce',
                'poskytovatelé krizové pomoci, dluhové poradny, obce',
                'krízisellátást nyújtó szolgáltatók, adósságtanácsadók, települések',
                'crisis help providers, debt counselling services, municipalities',
              ),
              indicators: [
                {
                  name: L(
                    'Kontaktné krízové centrá',
                    'Kontaktní krizová centra',
                    'Személyesen felkereshető krízisközpontok',
                    'Drop-in crisis centres',
                  ),
                  unit: L('centier', 'center', 'központ', 'centres'),
                  target: 2,
                },
              ],
            },
            {
              code: '3.2.3',
              title: L(
                'Spolupráca a osveta medzi zamestnávateľmi a ich podpora pri zvládaní agendy exekúcií',
                'Spolupráce a osvěta mezi zaměstnavateli a jejich podpora při zvládání agendy exekucí',
                'Együttműködés és szemléletformálás a munkáltatók körében, valamint támogatásuk a végrehajtási ügyek intézésében',
                'Cooperation with and awareness-raising among employers, and support for them in handling enforcement orders',
              ),
              status: 'not-started',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'zamestnávatelia, Pakt zamestnanosti LK, hospodárska komora, dlhové poradne',
                'zaměstnavatelé, Pakt zaměstnanosti LK, hospodářská komora, dluhové poradny',
                'munkáltatók, a Libereci kerületi foglalkoztatási paktum, kereskedelmi kamara, adósságtanácsadók',
                'employers, the Liberec Region Employment Pact, the chamber of commerce, debt counselling services',
              ),
              indicators: [
                {
                  name: L(
                    'Zamestnávatelia zapojení do osvety o exekúciách',
                    'Zaměstnavatelé zapojení do osvěty o exekucích',
                    'A végrehajtásokról szóló tájékoztatásba bevont munkáltatók',
                    'Employers involved in awareness-raising on enforcement orders',
                  ),
                  unit: employers,
                  target: 25,
                },
              ],
            },
          ],
        },
        {
          // the source lists these two measures under a goal without a title
          code: '3.3',
          title: L('Prevencia zadlžovania', 'Prevence zadlužování', 'Az eladósodás megelőzése', 'Preventing over-indebtedness'),
          measures: [
            {
              code: '3.3.1',
              title: L(
                'Krajská kampaň proti zadlžovaniu',
                'Krajská kampaň proti zadlužování',
                'Kerületi kampány az eladósodás ellen',
                'A regional campaign against over-indebtedness',
              ),
              description: L(
                'Krajská kampaň proti zadlžovaniu (systém prevencie s dôrazom na nevhodné pôžičky a informovanie v potenciálne rizikových situáciách).',
                'Krajská kampaň proti zadlužování (systém prevence s důrazem na nevhodné půjčky, informování při potenciálně rizikových situacích).',
                'Kerületi kampány az eladósodás ellen (megelőzési rendszer, amely a hátrányos kölcsönökre és a potenciálisan kockázatos helyzetekben adott tájékoztatásra helyezi a hangsúlyt).',
                'A regional campaign against over-indebtedness (a prevention system focusing on unsuitable loans and on information in potentially risky situations).',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'dlhové poradne, obce, médiá, spotrebiteľské organizácie',
                'dluhové poradny, obce, média, spotřebitelské organizace',
                'adósságtanácsadók, települések, média, fogyasztóvédelmi szervezetek',
                'debt counselling services, municipalities, the media, consumer organisations',
              ),
              indicators: [
                {
                  name: L(
                    'Informačné besedy v obciach',
                    'Informační besedy v obcích',
                    'Tájékoztató beszélgetések a településeken',
                    'Information sessions in municipalities',
                  ),
                  unit: L('besied', 'besed', 'alkalom', 'sessions'),
                  target: 30,
                  actual: 6,
                },
              ],
              eventSlugs: liberecDebtRoundTable,
            },
            {
              code: '3.3.2',
              title: L(
                'Odborné vzdelávanie o dlhoch v školách a vo voľnočasových aktivitách',
                'Odborné vzdělávání o dluzích ve školách a ve volnočasových aktivitách',
                'Adósságokról szóló szakmai képzés az iskolákban és a szabadidős programokban',
                'Debt education in schools and leisure activities',
              ),
              description: L(
                'Pripravené, na jednotlivé cieľové skupiny zacielené a pravidelne využívané odborné vzdelávanie v školách a v rámci voľnočasových aktivít.',
                'Připravené – pro jednotlivé cílové skupiny zacílené – a pravidelně využívané odborné vzdělávání ve školách a v rámci volnočasových aktivit.',
                'Előre kidolgozott, az egyes célcsoportokra szabott és rendszeresen igénybe vett szakmai képzés az iskolákban és a szabadidős programokban.',
                'Ready-made expert education, tailored to each target group and used regularly, in schools and in leisure activities.',
              ),
              status: 'done',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'základné a stredné školy, dlhové poradne, nízkoprahové kluby',
                'základní a střední školy, dluhové poradny, nízkoprahové kluby',
                'általános és középiskolák, adósságtanácsadók, alacsonyküszöbű klubok',
                'primary and secondary schools, debt counselling services, low-threshold clubs',
              ),
              indicators: [
                {
                  name: L(
                    'Školy, v ktorých prebehol program o dlhoch',
                    'Školy, ve kterých proběhl program o dluzích',
                    'Iskolák, ahol adósságokról szóló program zajlott',
                    'Schools where a debt education programme took place',
                  ),
                  unit: schools,
                  target: 20,
                  actual: 23,
                },
              ],
            },
          ],
        },
      ],
    },
    // ---------------------------------------------------------------- 4 Vzdělávání
    {
      code: '4',
      title: L('Vzdelávanie', 'Vzdělávání', 'Oktatás', 'Education'),
      themeCode: 'education',
      goals: [
        {
          code: '4.1',
          title: L(
            'Systematická podpora detí ohrozených predčasným odchodom zo vzdelávania najneskôr od 3 rokov',
            'Systematická podpora dětí s rizikem „drop-outu“ nejpozději od 3 let věku',
            'Rendszeres támogatás a lemorzsolódással veszélyeztetett gyermekeknek legkésőbb 3 éves kortól',
            'Systematic support from the age of three at the latest for children at risk of dropping out',
          ),
          description: L(
            'Deti sociálne vylúčené alebo sociálnym vylúčením ohrozené, ktorým hrozí predčasný odchod zo vzdelávania („drop-out“), chodia do materskej školy alebo majú inú systematickú podporu vo výchove a vzdelávaní najneskôr od 3 rokov veku.',
            'Děti sociálně vyloučené/sociálním vyloučením ohrožené s rizikem „drop-outu“ ze vzdělávání chodí do mateřské školy či mají jinou systematickou podporu ve výchově a vzdělávání nejpozději od 3 let věku.',
            'A társadalmilag kirekesztett vagy veszélyeztetett, lemorzsolódás („drop-out”) kockázatának kitett gyermekek legkésőbb 3 éves koruktól óvodába járnak, vagy más rendszeres támogatást kapnak nevelésükhöz és tanulásukhoz.',
            'Children who are socially excluded or at risk of exclusion and at risk of dropping out of education attend nursery school, or receive other systematic support in their upbringing and education, from the age of three at the latest.',
          ),
          measures: [
            {
              code: '4.1.1',
              title: L(
                'Systém podpory nízkopríjmových rodín už v ranom veku detí',
                'Systém podpory nízkopříjmových rodin již v raném věku dětí',
                'Az alacsony jövedelmű családok támogatási rendszere már a gyermekek korai éveiben',
                'Support for low-income families from early childhood',
              ),
              description: L(
                'Systém podpory nízkopríjmových rodín už v ranom veku detí, založený na dôkladnom zmapovaní situácie a nielen ekonomických podmienok ohrozených detí a ich rodín, ktoré ovplyvňujú vzdelávanie detí (pracovný stôl, pomôcky, počítač, pripojenie na internet, celkové podmienky na učenie vrátane psychických).',
                'Systém podpory nízkopříjmových rodin již v raném věku dětí – založený na důkladném mapování situace a, nejen ekonomických, podmínek ohrožených dětí a jejich rodin ovlivňujících vzdělávání dětí (pracovní stůl, pomůcky, PC, připojení na internet, celkové podmínky pro učení včetně psychických).',
                'Az alacsony jövedelmű családok támogatási rendszere már a gyermekek korai éveiben, amely a veszélyeztetett gyermekek és családjaik helyzetének, valamint a tanulást befolyásoló – nem csak anyagi – körülményeinek alapos felmérésére épül (íróasztal, taneszközök, számítógép, internet-hozzáférés, a tanulás általános feltételei, a lelkieket is beleértve).',
                'A system of support for low-income families from early childhood, based on thorough mapping of the situation and of the conditions – not only economic – of children at risk and their families that affect the children’s education (a desk, school supplies, a computer, an internet connection, overall conditions for learning including psychological ones).',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'materské a základné školy, sociálne aktivizačné služby pre rodiny s deťmi, orgány sociálnoprávnej ochrany detí',
                'mateřské a základní školy, sociálně aktivizační služby pro rodiny s dětmi, orgány sociálně-právní ochrany dětí',
                'óvodák és általános iskolák, gyermekes családoknak szóló aktivizáló szolgáltatások, gyermekvédelmi hatóságok',
                'nursery and primary schools, activation services for families with children, child protection authorities',
              ),
              indicators: [
                {
                  name: L(
                    'Rodiny so zmapovanými podmienkami na vzdelávanie detí',
                    'Rodiny se zmapovanými podmínkami pro vzdělávání dětí',
                    'Családok, amelyeknél felmérték a gyermekek tanulási feltételeit',
                    'Families whose conditions for children’s learning have been mapped',
                  ),
                  unit: families,
                  target: 200,
                  actual: 140,
                },
                {
                  name: L(
                    'Domácnosti vybavené na domácu prípravu (stôl, pomôcky, počítač, pripojenie)',
                    'Domácnosti vybavené pro domácí přípravu (stůl, pomůcky, PC, připojení)',
                    'Otthoni tanulásra felszerelt háztartások (asztal, taneszközök, számítógép, internet)',
                    'Households equipped for homework (desk, supplies, computer, connection)',
                  ),
                  unit: households,
                  target: 80,
                  actual: 52,
                },
              ],
              centreSlugs: ['socialne-aktivizacni-sluzby-pro-rodiny-jablonec-nad-nisou'],
            },
            {
              code: '4.1.2',
              title: L(
                'Maximálne využitie ponúkanej finančnej podpory',
                'Maximalizace využití nabízené finanční podpory',
                'A rendelkezésre álló anyagi támogatások lehető legteljesebb kihasználása',
                'Making full use of the financial support on offer',
              ),
              description: L(
                'Maximálne využitie ponúkanej finančnej podpory – vedieť v odôvodnených prípadoch poskytnúť bezplatnú dochádzku aj stravu, zvoz alebo sprevádzanie detí.',
                'Maximalizace využití nabízené finanční podpory – umět poskytnout v odůvodněných případech bezplatnou docházku i stravu, svoz/doprovod dětí.',
                'A rendelkezésre álló anyagi támogatások lehető legteljesebb kihasználása – indokolt esetben ingyenes óvodai részvétel és étkezés, valamint a gyermekek szállítása vagy kísérése.',
                'Making full use of the financial support on offer – being able, where justified, to provide free attendance and meals, and transport or accompaniment for children.',
              ),
              status: 'done',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'zriaďovatelia materských škôl, obce, Úrad práce ČR',
                'zřizovatelé mateřských škol, obce, Úřad práce ČR',
                'óvodafenntartók, települések, a cseh munkaügyi hivatal',
                'nursery school founders, municipalities, the Labour Office',
              ),
              indicators: [
                {
                  name: L(
                    'Deti s bezplatnou dochádzkou a stravou v materskej škole',
                    'Děti s bezplatnou docházkou a stravou v mateřské škole',
                    'Ingyenes óvodai részvételben és étkezésben részesülő gyermekek',
                    'Children with free nursery attendance and meals',
                  ),
                  unit: children,
                  target: 120,
                  actual: 135,
                },
              ],
            },
            {
              code: '4.1.3',
              title: L(
                'Pilotné multidisciplinárne tímy vo vybraných územiach kraja',
                'Pilotní multidisciplinární týmy ve vybraných územích LK',
                'Kísérleti multidiszciplináris csoportok a kerület kiválasztott térségeiben',
                'Pilot multidisciplinary teams in selected areas of the region',
              ),
              description: L(
                'Pilotné nastavenie fungovania multidisciplinárnych tímov vo vybraných územiach Libereckého kraja – podpora spolupráce miestnych aktérov v sociálnej a školskej oblasti a prípadového manažmentu.',
                'Pilotní nastavení fungování multidisciplinárních týmů ve vybraných územích LK – podpora spolupráce místních aktérů v sociální a školské oblasti a case managementu.',
                'Multidiszciplináris csoportok kísérleti működtetése a Libereci kerület kiválasztott térségeiben – a szociális és oktatási terület helyi szereplői közötti együttműködés és az esetvitel támogatása.',
                'Piloting multidisciplinary teams in selected areas of the Liberec Region – supporting cooperation between local actors in social services and education, and case management.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'školy, sociálne služby, orgány sociálnoprávnej ochrany detí, obce, pedagogicko-psychologické poradne',
                'školy, sociální služby, orgány sociálně-právní ochrany dětí, obce, pedagogicko-psychologické poradny',
                'iskolák, szociális szolgáltatások, gyermekvédelmi hatóságok, települések, nevelési tanácsadók',
                'schools, social services, child protection authorities, municipalities, educational and psychological counselling centres',
              ),
              indicators: [
                {
                  name: L(
                    'Pilotné územia s fungujúcim multidisciplinárnym tímom',
                    'Pilotní území s fungujícím multidisciplinárním týmem',
                    'Működő multidiszciplináris csoporttal rendelkező kísérleti térségek',
                    'Pilot areas with a working multidisciplinary team',
                  ),
                  unit: L('území', 'území', 'térség', 'areas'),
                  target: 3,
                  actual: 2,
                },
              ],
            },
            {
              code: '4.1.4',
              title: L(
                'Nastavenie úlohy komunity a využitie dobrovoľníkov či svojpomocnej podpory',
                'Nastavení role komunity a využití dobrovolníků či svépomocné podpory',
                'A közösség szerepének meghatározása, önkéntesek és önsegítő támogatás bevonása',
                'Defining the community’s role and drawing on volunteers and self-help',
              ),
              status: 'not-started',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'dobrovoľnícke centrá, komunitné centrá, rodičia',
                'dobrovolnická centra, komunitní centra, rodiče',
                'önkéntes központok, közösségi központok, szülők',
                'volunteer centres, community centres, parents',
              ),
              indicators: [
                {
                  name: L('Zapojení dobrovoľníci', 'Zapojení dobrovolníci', 'Bevont önkéntesek', 'Volunteers involved'),
                  unit: persons,
                  target: 40,
                },
              ],
            },
          ],
        },
        {
          code: '4.2',
          title: L(
            'Individuálna podpora žiakov ohrozených predčasným odchodom zo vzdelávania pri ukončení základnej školy',
            'Individuální podpora dětí/žáků s rizikem „drop-outu“ k absolvování základní školy',
            'Egyéni támogatás a lemorzsolódással veszélyeztetett tanulóknak az általános iskola elvégzéséhez',
            'Individual support for pupils at risk of dropping out to complete primary school',
          ),
          description: L(
            'Deti a žiaci ohrození predčasným odchodom zo vzdelávania („drop-out“) majú individuálnu podporu, ktorá im pomôže primerane absolvovať základnú školu a získať základný stupeň vzdelania.',
            'Děti/žáci s rizikem „drop-outu“ ze vzdělávání mají individuální podporu, která jim pomůže adekvátně absolvovat základní školu a získat základní stupeň vzdělání.',
            'A lemorzsolódás („drop-out”) kockázatának kitett gyermekek és tanulók egyéni támogatást kapnak, amely segít nekik megfelelően elvégezni az általános iskolát és megszerezni az alapfokú végzettséget.',
            'Children and pupils at risk of dropping out receive individual support that helps them complete primary school properly and attain basic education.',
          ),
          measures: [
            {
              code: '4.2.1',
              title: L(
                'Systematická podpora pedagogicko-psychologických poradní a školských poradenských pracovísk',
                'Systematická podpora pedagogicko-psychologických poraden a školních poradenských pracovišť',
                'A nevelési tanácsadók és az iskolai tanácsadó egységek rendszeres támogatása',
                'Systematic support for educational and psychological counselling centres and school counselling units',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'pedagogicko-psychologické poradne, základné školy, zriaďovatelia škôl',
                'pedagogicko-psychologické poradny, základní školy, zřizovatelé škol',
                'nevelési tanácsadók, általános iskolák, iskolafenntartók',
                'educational and psychological counselling centres, primary schools, school founders',
              ),
              indicators: [
                {
                  name: L(
                    'Základné školy so školským poradenským pracoviskom',
                    'Základní školy se školním poradenským pracovištěm',
                    'Iskolai tanácsadó egységgel rendelkező általános iskolák',
                    'Primary schools with a school counselling unit',
                  ),
                  unit: schools,
                  target: 40,
                  actual: 31,
                },
              ],
            },
            {
              code: '4.2.2',
              title: L(
                'Systematická podpora spolupráce škôl a sociálnych služieb či sociálnych pracovníkov',
                'Systematická podpora spolupráce škol a sociálních služeb/sociálních pracovníků',
                'Az iskolák és a szociális szolgáltatások, illetve szociális munkások együttműködésének rendszeres támogatása',
                'Systematic support for cooperation between schools and social services or social workers',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'školy, sociálni pracovníci obcí, nízkoprahové zariadenia, sociálne aktivizačné služby',
                'školy, sociální pracovníci obcí, nízkoprahová zařízení, sociálně aktivizační služby',
                'iskolák, települési szociális munkások, alacsonyküszöbű klubok, családaktivizáló szolgáltatások',
                'schools, municipal social workers, low-threshold facilities, family activation services',
              ),
              indicators: [
                {
                  name: L(
                    'Školy s dohodnutou spoluprácou so sociálnou službou',
                    'Školy se sjednanou spoluprací se sociální službou',
                    'Szociális szolgáltatóval együttműködési megállapodást kötött iskolák',
                    'Schools with an agreed partnership with a social service',
                  ),
                  unit: schools,
                  target: 25,
                  actual: 14,
                },
              ],
              centreSlugs: ['terenni-program-liberec', 'socialne-aktivizacni-sluzby-pro-rodiny-jablonec-nad-nisou'],
            },
            {
              code: '4.2.3',
              title: L(
                'Zabezpečené financovanie podporných pozícií a mimoškolských aktivít',
                'Zajištěné financování podpůrných pozic a mimoškolních aktivit',
                'A támogató munkakörök és az iskolán kívüli programok biztosított finanszírozása',
                'Secure funding for support posts and out-of-school activities',
              ),
              status: 'done',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'školy, zriaďovatelia škôl, Ministerstvo školstva, mládeže a telovýchovy ČR',
                'školy, zřizovatelé škol, Ministerstvo školství, mládeže a tělovýchovy',
                'iskolák, iskolafenntartók, a cseh Oktatási, Ifjúsági és Sportminisztérium',
                'schools, school founders, the Ministry of Education, Youth and Sports',
              ),
              indicators: [
                {
                  name: L(
                    'Financované podporné pozície (asistenti pedagóga, školskí asistenti)',
                    'Financované podpůrné pozice (asistenti pedagoga, školní asistenti)',
                    'Finanszírozott támogató munkakörök (pedagógiai asszisztensek, iskolai asszisztensek)',
                    'Funded support posts (teaching assistants, school assistants)',
                  ),
                  unit: posts,
                  target: 30,
                  actual: 34,
                },
              ],
            },
          ],
        },
        {
          code: '4.3',
          title: L(
            'Podpora žiakov ohrozených predčasným odchodom pri výbere strednej školy a príprave na prijímacie konanie',
            'Podpora dětí/žáků s rizikem „drop-outu“ při výběru střední školy a přípravě na přijímací řízení',
            'A lemorzsolódással veszélyeztetett tanulók támogatása a középiskola kiválasztásában és a felvételire való felkészülésben',
            'Supporting pupils at risk of dropping out in choosing a secondary school and preparing for admission',
          ),
          description: L(
            'Deti a žiaci ohrození predčasným odchodom zo vzdelávania dostávajú primeranú podporu pri výbere strednej školy a príprave na prijímacie konanie, aby sa predišlo ich prípadnej ťažkej uplatniteľnosti na trhu práce.',
            'Děti/žáci s rizikem „drop-outu“ ze vzdělávání jsou adekvátně podpořeni při výběru střední školy a přípravě na přijímací řízení tak, aby byla eliminována jejich případně obtížná uplatnitelnost na trhu práce.',
            'A lemorzsolódás kockázatának kitett gyermekek és tanulók megfelelő támogatást kapnak a középiskola kiválasztásában és a felvételi eljárásra való felkészülésben, hogy később ne legyen nehéz elhelyezkedniük a munkaerőpiacon.',
            'Children and pupils at risk of dropping out receive adequate support in choosing a secondary school and preparing for admission, so that they do not later struggle to find work.',
          ),
          measures: [
            {
              code: '4.3.1',
              title: L(
                'Podpora systematického rozširovania a prehlbovania kompetencií pedagógov v súvislosti so sociálnym vylúčením žiakov',
                'Podpora systematického rozšiřování a prohlubování kompetencí pedagogů v souvislosti se sociálním vyloučením žáků',
                'A pedagógusok kompetenciáinak rendszeres bővítése és elmélyítése a tanulók társadalmi kirekesztettségével kapcsolatban',
                'Systematically broadening and deepening teachers’ competences in relation to pupils’ social exclusion',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'Národný pedagogický inštitút ČR, školy, mimovládne organizácie',
                'Národní pedagogický institut ČR, školy, neziskové organizace',
                'a cseh Nemzeti Pedagógiai Intézet, iskolák, civil szervezetek',
                'the National Pedagogical Institute, schools, NGOs',
              ),
              indicators: [
                {
                  name: L(
                    'Pedagógovia vyškolení v téme sociálneho vylúčenia',
                    'Pedagogové proškolení v tématu sociálního vyloučení',
                    'A társadalmi kirekesztés témájában képzett pedagógusok',
                    'Teachers trained on social exclusion',
                  ),
                  unit: persons,
                  target: 300,
                  actual: 190,
                },
              ],
            },
            {
              code: '4.3.2',
              title: L(
                'Zabezpečenie dostupnosti kurzu na získanie základného vzdelania',
                'Zajištění dostupnosti kurzu základního vzdělání',
                'Az alapfokú végzettséget adó tanfolyam elérhetővé tétele',
                'Making a course for completing basic education available',
              ),
              status: 'done',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'základné školy, Úrad práce ČR, obce',
                'základní školy, Úřad práce ČR, obce',
                'általános iskolák, a cseh munkaügyi hivatal, települések',
                'primary schools, the Labour Office, municipalities',
              ),
              indicators: [
                {
                  name: L(
                    'Otvorené kurzy na získanie základného vzdelania',
                    'Otevřené kurzy základního vzdělání',
                    'Elindított alapfokú végzettséget adó tanfolyamok',
                    'Basic education courses opened',
                  ),
                  unit: L('kurzov', 'kurzů', 'tanfolyam', 'courses'),
                  target: 2,
                  actual: 2,
                },
                {
                  name: L('Absolventi kurzov', 'Absolventi kurzů', 'A tanfolyamot elvégzők', 'Course graduates'),
                  unit: persons,
                  target: 30,
                  actual: 26,
                },
              ],
            },
            {
              code: '4.3.3',
              title: L(
                'Prepracovaný systém ďalších vzdelávacích a podporných aktivít na stredných školách',
                'Propracovaný systém dalších vzdělávacích a podpůrných aktivit na středních školách',
                'Kidolgozott rendszer a középiskolai kiegészítő képzési és támogató programokhoz',
                'A well-developed system of further learning and support activities at secondary schools',
              ),
              status: 'not-started',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'stredné školy, výchovní poradcovia, mimovládne organizácie',
                'střední školy, výchovní poradci, neziskové organizace',
                'középiskolák, iskolai tanácsadók, civil szervezetek',
                'secondary schools, school counsellors, NGOs',
              ),
              indicators: [
                {
                  name: L(
                    'Stredné školy zapojené do systému podporných aktivít',
                    'Střední školy zapojené do systému podpůrných aktivit',
                    'A támogató programok rendszerébe bekapcsolódott középiskolák',
                    'Secondary schools taking part in the support system',
                  ),
                  unit: schools,
                  target: 10,
                },
              ],
            },
            {
              code: '4.3.4',
              title: L(
                'Pravidelné sieťovanie a spolupráca medzi aktérmi',
                'Pravidelná realizace síťování a spolupráce mezi aktéry',
                'Rendszeres kapcsolatépítés és együttműködés a szereplők között',
                'Regular networking and cooperation among the actors',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'školy, sociálne služby, úrad práce, obce, zamestnávatelia',
                'školy, sociální služby, úřad práce, obce, zaměstnavatelé',
                'iskolák, szociális szolgáltatások, munkaügyi hivatal, települések, munkáltatók',
                'schools, social services, the Labour Office, municipalities, employers',
              ),
              indicators: [
                {
                  name: L(
                    'Sieťovacie stretnutia aktérov vo vzdelávaní',
                    'Síťovací setkání aktérů ve vzdělávání',
                    'Az oktatás szereplőinek kapcsolatépítő találkozói',
                    'Networking meetings of education actors',
                  ),
                  unit: meetings,
                  target: 10,
                  actual: 6,
                },
              ],
            },
          ],
        },
      ],
    },
    // ---------------------------------------------------------------- 5 Zaměstnanost
    {
      code: '5',
      title: L('Zamestnanosť', 'Zaměstnanost', 'Foglalkoztatás', 'Employment'),
      themeCode: 'employment',
      goals: [
        {
          code: '5.1',
          title: L(
            'Maximálne využitie potenciálu osôb ťažko uplatniteľných na voľnom trhu práce',
            'Maximalizace využití potenciálu osob obtížně uplatnitelných na volném trhu práce',
            'A nyílt munkaerőpiacon nehezen elhelyezkedők lehetőségeinek minél teljesebb kiaknázása',
            'Making the most of the potential of people who struggle on the open labour market',
          ),
          description: L(
            'Liberecký kraj v spolupráci s Paktom zamestnanosti LK a krajskou pobočkou Úradu práce v Liberci spoločnými krokmi pomáha čo najviac využiť potenciál osôb ťažko uplatniteľných na voľnom trhu práce.',
            'Liberecký kraj ve spolupráci s Paktem zaměstnanosti LK a Krajskou pobočkou Úřadu práce v Liberci společnými kroky napomáhají maximalizaci využití potenciálu osob obtížně uplatnitelných na volném trhu práce.',
            'A Libereci kerület a kerületi foglalkoztatási paktummal és a munkaügyi hivatal libereci kerületi kirendeltségével közös lépésekkel segíti, hogy a nyílt munkaerőpiacon nehezen elhelyezkedők lehetőségei minél jobban kiaknázódjanak.',
            'The Liberec Region, together with the Liberec Region Employment Pact and the Labour Office’s regional branch in Liberec, takes joint steps to make the most of the potential of people who struggle on the open labour market.',
          ),
          measures: [
            {
              code: '5.1.1',
              title: L(
                'Priebežný monitoring a analýza údajov o zamestnanosti osôb ťažko uplatniteľných na trhu práce',
                'Průběžný monitoring a analýza dat o zaměstnanosti osob obtížně uplatnitelných na trhu práce',
                'A nehezen elhelyezkedők foglalkoztatási adatainak folyamatos figyelése és elemzése',
                'Ongoing monitoring and analysis of employment data on people who struggle on the labour market',
              ),
              description: L(
                'Priebežný monitoring a analýza údajov o zamestnanosti osôb ťažko uplatniteľných na trhu práce v Libereckom kraji, aby existovali podklady na rozhodovanie o podpore tejto cieľovej skupiny.',
                'Průběžný monitoring a analýza dat o zaměstnanosti osob obtížně uplatnitelných na trhu práce v LK z důvodu nutnosti existence podkladů pro rozhodování o podpoře pro tuto cílovou skupinu.',
                'A nehezen elhelyezkedők foglalkoztatási adatainak folyamatos figyelése és elemzése a Libereci kerületben, hogy a célcsoport támogatásáról szóló döntések megalapozott adatokra épülhessenek.',
                'Ongoing monitoring and analysis of employment data on people who struggle on the labour market in the Liberec Region, so that decisions on support for this target group rest on evidence.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: employmentPact,
              indicators: [
                {
                  name: L(
                    'Spracované analýzy zamestnanosti cieľovej skupiny',
                    'Zpracované analýzy zaměstnanosti cílové skupiny',
                    'A célcsoport foglalkoztatásáról készült elemzések',
                    'Analyses of the target group’s employment produced',
                  ),
                  unit: L('analýz', 'analýz', 'elemzés', 'analyses'),
                  target: 5,
                  actual: 3,
                },
              ],
              caseStudySlugs: liberecEmploymentCaseStudy,
            },
            {
              code: '5.1.2',
              title: L(
                'Monitoring zodpovedného zadávania verejných zákaziek',
                'Monitoring odpovědného zadávání veřejných zakázek',
                'A társadalmilag felelős közbeszerzés nyomon követése',
                'Monitoring socially responsible public procurement',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'Pakt zamestnanosti LK, obce, organizácie zriadené krajom',
                'Pakt zaměstnanosti LK, obce, organizace zřizované krajem',
                'a Libereci kerületi foglalkoztatási paktum, települések, a kerület által fenntartott intézmények',
                'the Liberec Region Employment Pact, municipalities, organisations founded by the region',
              ),
              indicators: [
                {
                  name: L(
                    'Verejné zákazky kraja so sociálnym hľadiskom',
                    'Veřejné zakázky kraje se sociálním hlediskem',
                    'Szociális szempontot tartalmazó kerületi közbeszerzések',
                    'Regional public contracts with a social clause',
                  ),
                  unit: L('zákaziek', 'zakázek', 'közbeszerzés', 'contracts'),
                  target: 20,
                  actual: 12,
                },
              ],
              caseStudySlugs: liberecEmploymentCaseStudy,
            },
            {
              code: '5.1.3',
              title: L(
                'Podpora zamestnávania na úrovni verejných podnikov, obcí a kraja',
                'Podpora zaměstnávání na úrovni veřejných podniků, obcí a kraje',
                'A foglalkoztatás támogatása a közvállalatoknál, a településeken és a kerületnél',
                'Supporting employment in public enterprises, municipalities and the region',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'obce, verejné podniky, krajská pobočka Úradu práce ČR v Liberci',
                'obce, veřejné podniky, Krajská pobočka Úřadu práce ČR v Liberci',
                'települések, közvállalatok, a cseh munkaügyi hivatal libereci kerületi kirendeltsége',
                'municipalities, public enterprises, the Labour Office’s regional branch in Liberec',
              ),
              indicators: [
                {
                  name: L(
                    'Osoby ťažko uplatniteľné na trhu práce zamestnané krajom, obcami a verejnými podnikmi',
                    'Osoby obtížně uplatnitelné na trhu práce zaměstnané krajem, obcemi a veřejnými podniky',
                    'A kerület, a települések és a közvállalatok által foglalkoztatott nehezen elhelyezkedő emberek',
                    'People who struggle on the labour market employed by the region, municipalities and public enterprises',
                  ),
                  unit: persons,
                  target: 50,
                  actual: 31,
                },
              ],
              caseStudySlugs: liberecEmploymentCaseStudy,
            },
            {
              code: '5.1.4',
              title: L(
                'Rozširovanie príležitostí pre sociálne podnikanie a prestupné zamestnávanie',
                'Rozšiřování příležitostí pro sociální podnikání a prostupné zaměstnávání',
                'A szociális vállalkozás és a tranzitfoglalkoztatás lehetőségeinek bővítése',
                'More opportunities for social entrepreneurship and transitional employment',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'sociálne podniky, Pakt zamestnanosti LK, obce',
                'sociální podniky, Pakt zaměstnanosti LK, obce',
                'szociális vállalkozások, a Libereci kerületi foglalkoztatási paktum, települések',
                'social enterprises, the Liberec Region Employment Pact, municipalities',
              ),
              indicators: [
                {
                  name: L(
                    'Novo podporené sociálne podniky',
                    'Nově podpořené sociální podniky',
                    'Újonnan támogatott szociális vállalkozások',
                    'Newly supported social enterprises',
                  ),
                  unit: L('podnikov', 'podniků', 'vállalkozás', 'enterprises'),
                  target: 8,
                  actual: 5,
                },
                {
                  name: L(
                    'Osoby v prestupnom zamestnávaní',
                    'Osoby v prostupném zaměstnávání',
                    'Tranzitfoglalkoztatásban részt vevők',
                    'People in transitional employment',
                  ),
                  unit: persons,
                  target: 60,
                  actual: 38,
                },
              ],
              caseStudySlugs: liberecEmploymentCaseStudy,
            },
            {
              code: '5.1.5',
              title: L(
                'Cielená podpora mladých dospelých mimo vzdelávania a trhu práce na úrade práce',
                'Cílená podpora mladých dospělých mimo vzdělávání a pracovní trh na ÚP',
                'Célzott támogatás a munkaügyi hivatalnál a sem nem tanuló, sem nem dolgozó fiatal felnőtteknek',
                'Targeted support at the Labour Office for young adults not in education or employment',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'krajská pobočka Úradu práce ČR v Liberci, stredné školy, nízkoprahové kluby',
                'Krajská pobočka Úřadu práce ČR v Liberci, střední školy, nízkoprahové kluby',
                'a cseh munkaügyi hivatal libereci kerületi kirendeltsége, középiskolák, alacsonyküszöbű klubok',
                'the Labour Office’s regional branch in Liberec, secondary schools, low-threshold clubs',
              ),
              indicators: [
                {
                  name: L(
                    'Mladí dospelí mimo vzdelávania a práce zapojení do programov úradu práce',
                    'Mladí dospělí mimo vzdělávání a práci zapojení do programů ÚP',
                    'A munkaügyi hivatal programjaiba bevont, sem nem tanuló, sem nem dolgozó fiatal felnőttek',
                    'Young adults not in education or employment enrolled in Labour Office programmes',
                  ),
                  unit: persons,
                  target: 150,
                  actual: 96,
                },
              ],
              caseStudySlugs: liberecEmploymentCaseStudy,
            },
            {
              code: '5.1.6',
              title: L(
                'Cielená podpora zavádzania flexibilných foriem zamestnávania a osveta v oblasti flexibilných foriem práce',
                'Cílená podpora zavádění flexibilních forem zaměstnávání a osvěta v rámci flexibilních forem práce',
                'A rugalmas foglalkoztatási formák bevezetésének célzott támogatása és a rugalmas munkavégzésről szóló tájékoztatás',
                'Targeted support for introducing flexible forms of employment, and awareness-raising on flexible working',
              ),
              status: 'not-started',
              responsibleOrganisationSlugs: ['liberecky-kraj'],
              partners: L(
                'zamestnávatelia, hospodárska komora, Pakt zamestnanosti LK',
                'zaměstnavatelé, hospodářská komora, Pakt zaměstnanosti LK',
                'munkáltatók, kereskedelmi kamara, a Libereci kerületi foglalkoztatási paktum',
                'employers, the chamber of commerce, the Liberec Region Employment Pact',
              ),
              indicators: [
                {
                  name: L(
                    'Zamestnávatelia, ktorí zaviedli flexibilné formy zamestnávania',
                    'Zaměstnavatelé, kteří zavedli flexibilní formy zaměstnávání',
                    'Rugalmas foglalkoztatási formákat bevezető munkáltatók',
                    'Employers who introduced flexible forms of employment',
                  ),
                  unit: employers,
                  target: 30,
                },
              ],
              caseStudySlugs: liberecEmploymentCaseStudy,
            },
          ],
        },
      ],
    },
  ],
}

// ---------------------------------------------------------------------------------------------
// Source: Košický samosprávny kraj. It describes the areas of work of the department
// for socially excluded communities, not a dated plan: themes and measures follow its headings
// and bullet points; goal titles are ours where the source has none. Title, period (2022–2026),
// status, statuses, indicators and partners are demo values.
// ---------------------------------------------------------------------------------------------

const kskCaseStudy = ['ksk-socialne-podnikanie-a-komunitne-centra']
const ksk = ['kosicky-samospravny-kraj']

const kosice: StrategySeed = {
  slug: 'komunitny-plan-socialnych-sluzieb-kosickeho-kraja',
  kind: 'community-plan',
  title: L(
    'Komunitný plán sociálnych služieb Košického kraja – sociálne vylúčené komunity',
    'Komunitní plán sociálních služeb Košického kraje – sociálně vyloučené komunity',
    'A Kassai kerület közösségi szociális szolgáltatási terve – kirekesztett közösségek',
    'Košice Region community plan of social services – socially excluded communities',
  ),
  summary: L(
    'Plán Referátu pre sociálne vylúčené komunity Úradu KSK: podpora komunitných centier a organizácií, vzdelávanie, sociálne inovácie (sociálny podnik, databáza, mentori), plánovanie sociálnych služieb v obciach a pomoc v krízach.',
    'Plán Referátu pro sociálně vyloučené komunity Úřadu KSK: podpora komunitních center a organizací, vzdělávání, sociální inovace (sociální podnik, databáze, mentoři), plánování sociálních služeb v obcích a pomoc v krizích.',
    'A Kassai kerület kirekesztett közösségekkel foglalkozó referatúrájának terve: közösségi központok támogatása, képzés, társadalmi innováció (szociális vállalkozás, adatbázis, mentorok), szolgáltatástervezés és krízissegítség.',
    'The plan of the Košice Region’s department for socially excluded communities: support for community centres and NGOs, training, social innovation (social enterprise, database, mentors), service planning in municipalities and crisis help.',
  ),
  regionCode: 'SK042',
  ownerOrganisationSlug: 'kosicky-samospravny-kraj',
  period: { from: '2022-01-01', to: '2026-12-31' },
  status: 'in-force',
  themes: [
    {
      code: '1',
      title: L(
        'Pomoc a podpora pre vylúčené komunity',
        'Pomoc a podpora pro vyloučené komunity',
        'Segítség és támogatás a kirekesztett közösségeknek',
        'Help and support for excluded communities',
      ),
      themeCode: 'community-life',
      goals: [
        {
          code: '1.1',
          title: L(
            'Podpora organizácií pôsobiacich v oblasti rozvoja komunitného života',
            'Podpora organizací působících v oblasti rozvoje komunitního života',
            'A közösségi élet fejlesztésén dolgozó szervezetek támogatása',
            'Supporting organisations that develop community life',
          ),
          measures: [
            {
              code: '1.1.1',
              title: L(
                'Pomoc a podpora registrovaným komunitným centrám, neziskovým organizáciám a občianskym združeniam',
                'Pomoc a podpora registrovaným komunitním centrům, neziskovým organizacím a občanským sdružením',
                'Segítség és támogatás a nyilvántartott közösségi központoknak, nonprofit szervezeteknek és civil egyesületeknek',
                'Help and support for registered community centres, non-profit organisations and civic associations',
              ),
              description: L(
                'Pomoc a podpora registrovaným komunitným centrám, neziskovým organizáciám, občianskym združeniam a ďalším organizáciám i jednotlivcom pôsobiacim v oblasti rozvoja komunitného života.',
                'Pomoc a podpora registrovaným komunitním centrům, neziskovým organizacím, občanským sdružením a dalším organizacím i jednotlivcům působícím v oblasti rozvoje komunitního života.',
                'Segítség és támogatás a nyilvántartott közösségi központoknak, nonprofit szervezeteknek, civil egyesületeknek, valamint a közösségi élet fejlesztésén dolgozó más szervezeteknek és magánszemélyeknek.',
                'Help and support for registered community centres, non-profit organisations, civic associations and other organisations and individuals working on community development.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ksk,
              partners: L(
                'registrované komunitné centrá, neziskové organizácie, občianske združenia, obce',
                'registrovaná komunitní centra, neziskové organizace, občanská sdružení, obce',
                'nyilvántartott közösségi központok, nonprofit szervezetek, civil egyesületek, települések',
                'registered community centres, non-profit organisations, civic associations, municipalities',
              ),
              indicators: [
                {
                  name: L(
                    'Podporené komunitné centrá a organizácie',
                    'Podpořená komunitní centra a organizace',
                    'Támogatott közösségi központok és szervezetek',
                    'Community centres and organisations supported',
                  ),
                  unit: L('organizácií', 'organizací', 'szervezet', 'organisations'),
                  target: 40,
                  actual: 28,
                },
              ],
              centreSlugs: [
                'ksk-referat-pre-socialne-vylucene-komunity',
                'komunitne-centrum-kosice',
                'komunitne-centrum-michalovce',
                'komunitne-centrum-moldava-nad-bodvou',
              ],
              caseStudySlugs: kskCaseStudy,
            },
          ],
        },
      ],
    },
    {
      code: '2',
      title: L('Vzdelávanie a dobrá prax', 'Vzdělávání a dobrá praxe', 'Képzés és jó gyakorlatok', 'Training and good practice'),
      themeCode: 'education',
      goals: [
        {
          code: '2.1',
          title: L(
            'Zvyšovanie kompetencií a odbornosti',
            'Zvyšování kompetencí a odbornosti',
            'A kompetenciák és a szakértelem fejlesztése',
            'Building competence and expertise',
          ),
          measures: [
            {
              code: '2.1.1',
              title: L(
                'Vzdelávanie pracovníkov referátu v téme vylúčených komunít',
                'Vzdělávání pracovníků referátu v tématu vyloučených komunit',
                'A referatúra munkatársainak képzése a kirekesztett közösségek témájában',
                'Training the department’s staff on excluded communities',
              ),
              status: 'done',
              responsibleOrganisationSlugs: ksk,
              partners: L(
                'vzdelávacie inštitúcie, skúsení terénni sociálni pracovníci',
                'vzdělávací instituce, zkušení terénní sociální pracovníci',
                'képzőintézmények, tapasztalt terepi szociális munkások',
                'training providers, experienced field social workers',
              ),
              indicators: [
                {
                  name: L(
                    'Absolvované vzdelávacie aktivity',
                    'Absolvované vzdělávací aktivity',
                    'Elvégzett képzések',
                    'Training activities completed',
                  ),
                  unit: L('aktivít', 'aktivit', 'képzés', 'activities'),
                  target: 6,
                  actual: 7,
                },
              ],
            },
            {
              code: '2.1.2',
              title: L(
                'Vytváranie koncepcií prípadov dobrej praxe a odovzdávanie skúseností',
                'Tvorba koncepcí příkladů dobré praxe a předávání zkušeností',
                'Jó gyakorlatok kidolgozása és a tapasztalatok átadása',
                'Developing good-practice concepts and passing on experience',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ksk,
              partners: L(
                'komunitné centrá, neziskové organizácie, občianske združenia',
                'komunitní centra, neziskové organizace, občanská sdružení',
                'közösségi központok, nonprofit szervezetek, civil egyesületek',
                'community centres, non-profit organisations, civic associations',
              ),
              indicators: [
                {
                  name: L(
                    'Spracované príklady dobrej praxe',
                    'Zpracované příklady dobré praxe',
                    'Feldolgozott jó gyakorlatok',
                    'Good-practice examples written up',
                  ),
                  unit: L('príkladov', 'příkladů', 'jó gyakorlat', 'examples'),
                  target: 10,
                  actual: 6,
                },
                {
                  name: L(
                    'Účastníci školení o dobrej praxi',
                    'Účastníci školení o dobré praxi',
                    'A jó gyakorlatokról szóló képzések résztvevői',
                    'Participants in good-practice training',
                  ),
                  unit: persons,
                  target: 60,
                  actual: 35,
                },
              ],
              caseStudySlugs: kskCaseStudy,
              eventSlugs: ['kosice-skolenie-pracovnikov-komunitnych-centier'],
            },
          ],
        },
      ],
    },
    {
      code: '3',
      title: L('Sociálne inovácie', 'Sociální inovace', 'Társadalmi innováció', 'Social innovation'),
      themeCode: 'social-economy',
      goals: [
        {
          code: '3.1',
          title: L(
            'Zlepšenie životných podmienok sociálne vylúčených komunít',
            'Zlepšení životních podmínek sociálně vyloučených komunit',
            'A társadalmilag kirekesztett közösségek életkörülményeinek javítása',
            'Better living conditions for socially excluded communities',
          ),
          measures: [
            {
              code: '3.1.1',
              title: L(
                'Založenie, vedenie a rozvoj sociálneho podniku KSK',
                'Založení, vedení a rozvoj sociálního podniku KSK',
                'A Kassai kerület szociális vállalkozásának alapítása, irányítása és fejlesztése',
                'Founding, running and developing the region’s social enterprise',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ksk,
              partners: L(
                'Úrad práce, sociálnych vecí a rodiny, obce, terénni sociálni pracovníci',
                'slovenský Úřad práce, sociálních věcí a rodiny, obce, terénní sociální pracovníci',
                'a szlovák Munkaügyi, Szociális és Családügyi Hivatal, települések, terepi szociális munkások',
                'the Office of Labour, Social Affairs and Family, municipalities, field social workers',
              ),
              indicators: [
                {
                  name: L(
                    'Ľudia zo sociálne vylúčených komunít zamestnaní v sociálnom podniku',
                    'Lidé ze sociálně vyloučených komunit zaměstnaní v sociálním podniku',
                    'A szociális vállalkozásban foglalkoztatott, kirekesztett közösségekből származó emberek',
                    'People from socially excluded communities employed by the social enterprise',
                  ),
                  unit: persons,
                  target: 15,
                  actual: 9,
                },
              ],
              caseStudySlugs: kskCaseStudy,
            },
            {
              code: '3.1.2',
              title: L(
                'Budovanie databázy ľudí vylúčených z trhu práce, ktorí sa chcú vrátiť do práce',
                'Budování databáze lidí vyloučených z trhu práce, kteří se chtějí vrátit do práce',
                'Adatbázis építése a munkaerőpiacról kiszorult, visszatérni kívánó emberekről',
                'Building a database of people excluded from the labour market who want to return to work',
              ),
              description: L(
                'Aktívne budovanie databázy ľudí vylúčených z trhu práce (ale so snahou o návrat na trh práce); zdrojom informácií sú terénni sociálni pracovníci, ich osobné referencie a prvý HR skríning.',
                'Aktivní budování databáze lidí vyloučených z trhu práce (kteří se ale snaží na trh práce vrátit); zdrojem informací jsou terénní sociální pracovníci, jejich osobní reference a první HR screening.',
                'Aktív adatbázis-építés a munkaerőpiacról kiszorult, de oda visszatérni igyekvő emberekről; az információk forrásai a terepi szociális munkások, személyes ajánlásaik és egy első HR-szűrés.',
                'Actively building a database of people excluded from the labour market (but trying to return to it); the sources are field social workers, their personal references and a first HR screening.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ksk,
              partners: L(
                'terénni sociálni pracovníci, komunitné centrá, zamestnávatelia',
                'terénní sociální pracovníci, komunitní centra, zaměstnavatelé',
                'terepi szociális munkások, közösségi központok, munkáltatók',
                'field social workers, community centres, employers',
              ),
              indicators: [
                {
                  name: L(
                    'Ľudia zaradení do databázy po prvom HR skríningu',
                    'Lidé zařazení do databáze po prvním HR screeningu',
                    'Az első HR-szűrés után az adatbázisba felvett emberek',
                    'People added to the database after a first HR screening',
                  ),
                  unit: persons,
                  target: 200,
                  actual: 120,
                },
                {
                  name: L(
                    'Z nich umiestnení do zamestnania',
                    'Z nich umístění do zaměstnání',
                    'Közülük munkába helyezettek',
                    'Of whom placed in jobs',
                  ),
                  unit: persons,
                  target: 40,
                  actual: 18,
                },
              ],
              centreSlugs: [
                'terenna-socialna-praca-kosice',
                'terenna-socialna-praca-trebisov',
                'terenna-socialna-praca-spisska-nova-ves',
              ],
              caseStudySlugs: kskCaseStudy,
            },
            {
              code: '3.1.3',
              title: L(
                'Podnikateľské príležitosti a zámery ako príklady dobrej praxe a príprava mentorov',
                'Podnikatelské příležitosti a záměry jako příklady dobré praxe a příprava mentorů',
                'Üzleti lehetőségek és tervek jó gyakorlatként, mentorok felkészítése',
                'Business opportunities and plans as good-practice examples, and training mentors',
              ),
              description: L(
                'Tvorba podnikateľských príležitostí a zámerov, ktoré slúžia ako príklady dobrej praxe, a príprava mentorov na pomoc pri rozbiehaní podnikateľských zámerov zameraných na integráciu sociálne vylúčených komunít.',
                'Tvorba podnikatelských příležitostí a záměrů, které slouží jako příklady dobré praxe, a příprava mentorů, kteří pomáhají rozjíždět podnikatelské záměry zaměřené na integraci sociálně vyloučených komunit.',
                'Jó gyakorlatként szolgáló üzleti lehetőségek és tervek kidolgozása, valamint mentorok felkészítése a kirekesztett közösségek integrációját célzó vállalkozások elindításának segítésére.',
                'Developing business opportunities and plans that serve as examples of good practice, and preparing mentors to help launch business plans aimed at integrating socially excluded communities.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ksk,
              partners: L(
                'mentori, začínajúci sociálni podnikatelia, neziskové organizácie, obce',
                'mentoři, začínající sociální podnikatelé, neziskové organizace, obce',
                'mentorok, kezdő szociális vállalkozók, nonprofit szervezetek, települések',
                'mentors, new social entrepreneurs, non-profit organisations, municipalities',
              ),
              indicators: [
                {
                  name: L('Pripravení mentori', 'Připravení mentoři', 'Felkészített mentorok', 'Mentors trained'),
                  unit: persons,
                  target: 12,
                  actual: 10,
                },
                {
                  name: L(
                    'Rozpracované podnikateľské zámery',
                    'Rozpracované podnikatelské záměry',
                    'Kidolgozás alatt álló üzleti tervek',
                    'Business plans in development',
                  ),
                  unit: L('zámerov', 'záměrů', 'üzleti terv', 'business plans'),
                  target: 10,
                  actual: 4,
                },
              ],
              caseStudySlugs: kskCaseStudy,
              eventSlugs: ['kosice-workshop-mentori-socialne-podniky'],
            },
          ],
        },
      ],
    },
    {
      code: '4',
      title: L(
        'Komunitné plány rozvoja sociálnych služieb',
        'Komunitní plány rozvoje sociálních služeb',
        'A szociális szolgáltatások fejlesztésének közösségi tervezése',
        'Community plans for developing social services',
      ),
      themeCode: 'community-life',
      goals: [
        {
          code: '4.1',
          title: L(
            'Strategické plánovanie rozvoja sociálnych služieb v obciach',
            'Strategické plánování rozvoje sociálních služeb v obcích',
            'A szociális szolgáltatások fejlesztésének stratégiai tervezése a településeken',
            'Strategic planning of social services in municipalities',
          ),
          description: L(
            'Zistenie skutočných potrieb sociálnych služieb a možností ich uspokojenia v obciach.',
            'Zjištění skutečných potřeb sociálních služeb a možností jejich uspokojení v obcích.',
            'A települések valós szociális szolgáltatási szükségleteinek és kielégítésük lehetőségeinek feltárása.',
            'Finding out the real needs for social services in municipalities and how they can be met.',
          ),
          measures: [
            {
              code: '4.1.1',
              title: L(
                'Zisťovanie potrieb sociálnych služieb a príprava komunitných plánov v obciach',
                'Zjišťování potřeb sociálních služeb a příprava komunitních plánů v obcích',
                'A szociális szolgáltatási szükségletek felmérése és közösségi tervek készítése a településeken',
                'Assessing social service needs and preparing community plans in municipalities',
              ),
              status: 'not-started',
              responsibleOrganisationSlugs: ksk,
              partners: L(
                'obce, poskytovatelia sociálnych služieb, obyvatelia',
                'obce, poskytovatelé sociálních služeb, obyvatelé',
                'települések, szociális szolgáltatók, lakosok',
                'municipalities, social service providers, residents',
              ),
              indicators: [
                {
                  name: L(
                    'Obce so zmapovanými potrebami sociálnych služieb',
                    'Obce se zmapovanými potřebami sociálních služeb',
                    'Települések, ahol felmérték a szociális szolgáltatási szükségleteket',
                    'Municipalities whose social service needs have been mapped',
                  ),
                  unit: municipalities,
                  target: 10,
                },
              ],
              // the opening public meeting in Michalovce was cancelled
              eventSlugs: ['michalovce-komunitny-plan-socialnych-sluzieb'],
            },
          ],
        },
      ],
    },
    {
      code: '5',
      title: L(
        'Pomoc a podpora v krízových situáciách',
        'Pomoc a podpora v krizových situacích',
        'Segítség és támogatás krízishelyzetekben',
        'Help and support in crises',
      ),
      themeCode: 'safety-health',
      goals: [
        {
          code: '5.1',
          title: L(
            'Pripravenosť zariadení a organizácií na krízové situácie',
            'Připravenost zařízení a organizací na krizové situace',
            'Az intézmények és szervezetek felkészültsége krízishelyzetekre',
            'Facilities and organisations ready for crises',
          ),
          measures: [
            {
              code: '5.1.1',
              title: L(
                'Príjem, evidencia, rozdeľovanie a distribúcia ochranných pracovných pomôcok',
                'Příjem, evidence, rozdělování a distribuce ochranných pracovních pomůcek',
                'Védőeszközök átvétele, nyilvántartása, elosztása és kiszállítása',
                'Receiving, recording, allocating and distributing protective equipment',
              ),
              description: L(
                'Príjem, evidencia, rozdeľovanie a distribúcia ochranných pracovných pomôcok pre inštitúcie realizujúce pomoc a podporu pre sociálne znevýhodnených a vylúčených.',
                'Příjem, evidence, rozdělování a distribuce ochranných pracovních pomůcek pro instituce, které pomáhají sociálně znevýhodněným a vyloučeným.',
                'Védőeszközök átvétele, nyilvántartása, elosztása és kiszállítása a hátrányos helyzetű és kirekesztett embereket segítő intézményeknek.',
                'Receiving, recording, allocating and distributing protective equipment for institutions that help disadvantaged and excluded people.',
              ),
              status: 'done',
              responsibleOrganisationSlugs: ksk,
              partners: L(
                'komunitné centrá, zariadenia sociálnych služieb, obce',
                'komunitní centra, zařízení sociálních služeb, obce',
                'közösségi központok, szociális intézmények, települések',
                'community centres, social care facilities, municipalities',
              ),
              indicators: [
                {
                  name: L(
                    'Inštitúcie, ktorým boli doručené ochranné pomôcky',
                    'Instituce, kterým byly doručeny ochranné pomůcky',
                    'Védőeszközt kapott intézmények',
                    'Institutions supplied with protective equipment',
                  ),
                  unit: L('inštitúcií', 'institucí', 'intézmény', 'institutions'),
                  target: 100,
                  actual: 130,
                },
              ],
              centreSlugs: ['ksk-referat-pre-socialne-vylucene-komunity'],
            },
            {
              code: '5.1.2',
              title: L(
                'Podpora pri zabezpečení potrieb zariadení v krízových situáciách',
                'Podpora při zajištění potřeb zařízení v krizových situacích',
                'Az intézmények szükségleteinek biztosítása krízishelyzetekben',
                'Meeting facilities’ needs in crises',
              ),
              description: L(
                'Podpora v zabezpečení potrieb pre zariadenia v krízových situáciách, ako sú epidémie, živelné pohromy či požiare.',
                'Podpora při zajištění potřeb zařízení v krizových situacích, jako jsou epidemie, živelní pohromy či požáry.',
                'Az intézmények szükségleteinek biztosítása olyan krízishelyzetekben, mint a járványok, a természeti katasztrófák vagy a tűzesetek.',
                'Helping facilities meet their needs in crises such as epidemics, natural disasters or fires.',
              ),
              status: 'in-progress',
              responsibleOrganisationSlugs: ksk,
              partners: L(
                'zariadenia sociálnych služieb, obce, krízové štáby, hasičský a záchranný zbor',
                'zařízení sociálních služeb, obce, krizové štáby, hasičský záchranný sbor',
                'szociális intézmények, települések, válságstábok, tűzoltóság és katasztrófavédelem',
                'social care facilities, municipalities, crisis teams, the fire and rescue service',
              ),
              indicators: [
                {
                  name: L(
                    'Zariadenia podporené v krízových situáciách',
                    'Zařízení podpořená v krizových situacích',
                    'Krízishelyzetben támogatott intézmények',
                    'Facilities supported in crises',
                  ),
                  unit: L('zariadení', 'zařízení', 'intézmény', 'facilities'),
                  target: 20,
                  actual: 8,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}

export const strategies: StrategySeed[] = [liberec, kosice]

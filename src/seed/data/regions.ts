import type { Locale } from '@/i18n/locales'

type RegionSeed = { code: string; country: 'SK' | 'CZ' | 'HU'; name: Record<Locale, string> }

const slovak: RegionSeed[] = [
  ['SK010', 'Bratislavský kraj', 'Bratislavský kraj', 'Pozsonyi kerület', 'Bratislava Region'],
  ['SK021', 'Trnavský kraj', 'Trnavský kraj', 'Nagyszombati kerület', 'Trnava Region'],
  ['SK022', 'Trenčiansky kraj', 'Trenčínský kraj', 'Trencséni kerület', 'Trenčín Region'],
  ['SK023', 'Nitriansky kraj', 'Nitranský kraj', 'Nyitrai kerület', 'Nitra Region'],
  ['SK031', 'Žilinský kraj', 'Žilinský kraj', 'Zsolnai kerület', 'Žilina Region'],
  ['SK032', 'Banskobystrický kraj', 'Banskobystrický kraj', 'Besztercebányai kerület', 'Banská Bystrica Region'],
  ['SK041', 'Prešovský kraj', 'Prešovský kraj', 'Eperjesi kerület', 'Prešov Region'],
  ['SK042', 'Košický kraj', 'Košický kraj', 'Kassai kerület', 'Košice Region'],
].map(([code, sk, cs, hu, en]) => ({ code, country: 'SK', name: { sk, cs, hu, en } }))

const czech: RegionSeed[] = [
  ['CZ010', 'Hlavné mesto Praha', 'Hlavní město Praha', 'Prága', 'Prague'],
  ['CZ020', 'Stredočeský kraj', 'Středočeský kraj', 'Közép-csehországi kerület', 'Central Bohemian Region'],
  ['CZ031', 'Juhočeský kraj', 'Jihočeský kraj', 'Dél-csehországi kerület', 'South Bohemian Region'],
  ['CZ032', 'Plzenský kraj', 'Plzeňský kraj', 'Plzeňi kerület', 'Plzeň Region'],
  ['CZ041', 'Karlovarský kraj', 'Karlovarský kraj', 'Karlovy Vary-i kerület', 'Karlovy Vary Region'],
  ['CZ042', 'Ústecký kraj', 'Ústecký kraj', 'Ústí nad Labem-i kerület', 'Ústí nad Labem Region'],
  ['CZ051', 'Liberecký kraj', 'Liberecký kraj', 'Libereci kerület', 'Liberec Region'],
  ['CZ052', 'Královohradecký kraj', 'Královéhradecký kraj', 'Hradec Králové-i kerület', 'Hradec Králové Region'],
  ['CZ053', 'Pardubický kraj', 'Pardubický kraj', 'Pardubicei kerület', 'Pardubice Region'],
  ['CZ063', 'Kraj Vysočina', 'Kraj Vysočina', 'Vysočina kerület', 'Vysočina Region'],
  ['CZ064', 'Juhomoravský kraj', 'Jihomoravský kraj', 'Dél-morvaországi kerület', 'South Moravian Region'],
  ['CZ071', 'Olomoucký kraj', 'Olomoucký kraj', 'Olomouci kerület', 'Olomouc Region'],
  ['CZ072', 'Zlínsky kraj', 'Zlínský kraj', 'Zlíni kerület', 'Zlín Region'],
  ['CZ080', 'Moravskosliezsky kraj', 'Moravskoslezský kraj', 'Morva-sziléziai kerület', 'Moravian-Silesian Region'],
].map(([code, sk, cs, hu, en]) => ({ code, country: 'CZ', name: { sk, cs, hu, en } }))

// Slovak and Czech have no settled exonyms for most Hungarian counties: "župa" + the Hungarian name
const hungarian: RegionSeed[] = [
  ['HU110', 'Budapest', 'Budapešť', 'Budapešť', 'Budapest'],
  ['HU120', 'Pest', 'Župa Pest', 'Župa Pest', 'Pest County'],
  ['HU211', 'Fejér'],
  ['HU212', 'Komárom-Esztergom'],
  ['HU213', 'Veszprém'],
  ['HU221', 'Győr-Moson-Sopron'],
  ['HU222', 'Vas'],
  ['HU223', 'Zala'],
  ['HU231', 'Baranya'],
  ['HU232', 'Somogy'],
  ['HU233', 'Tolna'],
  ['HU311', 'Borsod-Abaúj-Zemplén'],
  ['HU312', 'Heves'],
  ['HU313', 'Nógrád'],
  ['HU321', 'Hajdú-Bihar'],
  ['HU322', 'Jász-Nagykun-Szolnok'],
  ['HU323', 'Szabolcs-Szatmár-Bereg'],
  ['HU331', 'Bács-Kiskun'],
  ['HU332', 'Békés'],
  ['HU333', 'Csongrád-Csanád'],
].map(([code, hungarianName, sk, cs, en]) => ({
  code,
  country: 'HU',
  name: {
    sk: sk ?? `Župa ${hungarianName}`,
    cs: cs ?? `Župa ${hungarianName}`,
    hu: code === 'HU110' ? 'Budapest' : `${hungarianName} vármegye`,
    en: en ?? `${hungarianName} County`,
  },
}))

export const regions: RegionSeed[] = [...slovak, ...czech, ...hungarian]

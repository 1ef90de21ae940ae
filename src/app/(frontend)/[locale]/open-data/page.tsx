import { localeNames, locales } from '@/i18n/locales'
import { routeParams } from '@/i18n/routeParams'
import { getT } from '@/i18n/server'
import { TableScroll } from '@/components/TableScroll'
import { operatorDetails } from '@/config/operator'
import { csvColumns, type OpenDataFile } from '@/registry/openData'
import { organisationKinds } from '@/registry/organisationKinds'
import { sectionMetadata } from '@/utilities/metadata'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('centres', '/open-data', {
  title: 'openData.title',
  description: 'openData.lead',
})

const datasets: { key: 'centres' | 'hsds'; files: OpenDataFile[]; fields: boolean }[] = [
  { key: 'centres', files: ['centres.csv', 'centres.xlsx', 'centres.json'], fields: true },
  { key: 'hsds', files: ['hsds.json'], fields: false },
]

const formatOf = (file: OpenDataFile) =>
  file === 'hsds.json' ? 'HSDS JSON' : file.split('.')[1].toUpperCase()

/** What the open data holds and on what terms: datasets, fields, formats, licence, updates. */
export default async function OpenDataPage({ params }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'centres')
  // the reader's language first, the others after it
  const languages = [locale, ...locales.filter((other) => other !== locale)]
  return (
    <div className="stack-lg">
      <header className="stack">
        <h1>{t('openData.title')}</h1>
        <p className="lead">{t('openData.lead')}</p>
      </header>
      <section className="stack" aria-labelledby="open-data-datasets">
        <h2 id="open-data-datasets">{t('openData.datasetsHeading')}</h2>
        {datasets.map((dataset) => (
          <article
            key={dataset.key}
            className="stack"
            aria-labelledby={`dataset-${dataset.key}`}
            data-dataset={dataset.key}
          >
            <h3 id={`dataset-${dataset.key}`}>{t(`openData.${dataset.key}.title`)}</h3>
            <p>{t(`openData.${dataset.key}.description`)}</p>
            <h4>{t('openData.formats')}</h4>
            {dataset.files.map((file) => (
              <ul className="downloads" key={file} aria-label={formatOf(file)}>
                {languages.map((language) => (
                  <li key={language}>
                    <a href={`/api/open-data/${file}?locale=${language}`} hrefLang={language}>
                      {t('openData.download', {
                        format: formatOf(file),
                        language: localeNames[language],
                      })}
                    </a>
                  </li>
                ))}
              </ul>
            ))}
            {dataset.fields ? (
              <TableScroll label={t('openData.fieldsHeading')}>
                <table>
                  <caption>{t('openData.fieldsHeading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('openData.field')}</th>
                      <th scope="col">{t('openData.meaning')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {csvColumns.map((column) => (
                      <tr key={column}>
                        <th scope="row">
                          <code>{column}</code>
                        </th>
                        <td>
                          {t(`openData.fields.${column}`)}
                          {column === 'organisation_kind' ? (
                            <>
                              {': '}
                              {organisationKinds.map((kind, index) => (
                                <span key={kind}>
                                  {index ? ', ' : ''}
                                  <code>{kind}</code>
                                </span>
                              ))}
                            </>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ) : null}
          </article>
        ))}
      </section>
      <section className="stack" aria-labelledby="open-data-languages">
        <h2 id="open-data-languages">{t('openData.languagesHeading')}</h2>
        <p>{t('openData.languages')}</p>
      </section>
      <section className="stack" aria-labelledby="open-data-licence">
        <h2 id="open-data-licence">{t('openData.licenceHeading')}</h2>
        <p>{t('openData.licence', { credit: operatorDetails().name })}</p>
        <p>
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
            {t('openData.licenceLink')}
          </a>
        </p>
        <p>{t('openData.positionSource')}</p>
      </section>
      <section className="stack" aria-labelledby="open-data-updates">
        <h2 id="open-data-updates">{t('openData.updatesHeading')}</h2>
        <p>{t('openData.updates')}</p>
      </section>
    </div>
  )
}

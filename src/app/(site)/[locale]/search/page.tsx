import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { isLocale, type Locale } from '../../../../localization/locales'
import { Highlight } from '../../../../search/Highlight'
import { maxQueryLength, search } from '../../../../search/search'
import { isSearchType, type SearchType } from '../../../../search/types'
import { Breadcrumbs } from '../../../../site/components/Breadcrumbs'
import { Frame } from '../../../../site/components/Frame'
import { uiTranslator } from '../../../../site/i18n'
import { sectionLabels } from '../../../../site/labels'
import { pageMetadata } from '../../../../site/metadata'
import { homePath, withQuery } from '../../../../site/urls'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

/** Results shown per type, and when the reader asked for all results of one type. */
const perGroup = 10
const perType = 50

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const load = async ({ params, searchParams }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const q = first(query.q) ?? ''
  const requested = first(query.type)
  const type: SearchType | undefined = isSearchType(requested) ? requested : undefined
  const searchPath = `${homePath(locale)}/search`
  return { locale, q, type, searchPath, path: withQuery(searchPath, { q, type }) }
}

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const { locale, path } = await load(props)
  const t = uiTranslator(locale)
  // Result pages are endless variations of one page: crawlers follow their links but index none.
  return {
    ...(await pageMetadata({ locale, path, title: t('searchTitle'), description: t('searchPrompt') })),
    robots: { index: false, follow: true },
  }
}

const SearchPage = async (props: Props) => {
  const { locale, q, type, searchPath, path } = await load(props)
  const t = uiTranslator(locale)
  const labels = sectionLabels(t)
  const outcome = await search(await getPayload({ config }), { query: q, locale, type, limit: type ? perType : perGroup })
  return (
    <Frame locale={locale} path={path}>
      <Breadcrumbs locale={locale} trail={[]} current={t('searchTitle')} />
      <h1>{t('searchTitle')}</h1>
      <form role="search" action={searchPath} method="get" className="search-form">
        <label htmlFor="search-query">{t('searchLabel')}</label>
        <input id="search-query" type="search" name="q" defaultValue={q} maxLength={maxQueryLength} />
        <button type="submit">{t('searchButton')}</button>
      </form>

      {outcome.status === 'empty' && <p className="search-message">{t('searchPrompt')}</p>}
      {outcome.status === 'tooLong' && (
        <p className="search-message" role="alert">
          {t('searchTooLong', { max: outcome.maxLength })}
        </p>
      )}
      {outcome.status === 'ok' && outcome.total === 0 && (
        <p className="search-message" role="status">
          {t('searchNoResults', { query: outcome.query })}
        </p>
      )}
      {outcome.status === 'ok' && outcome.total > 0 && (
        <>
          <p className="search-summary" role="status">
            {t('searchResultCount', { total: outcome.total, query: outcome.query })}
          </p>
          {type && (
            <p>
              <a href={withQuery(searchPath, { q: outcome.query })}>{t('searchAllTypes')}</a>
            </p>
          )}
          {outcome.groups.map((group) => (
            <section key={group.type} className="search-group" aria-labelledby={`results-${group.type}`}>
              <h2 id={`results-${group.type}`}>
                {labels[group.type].title} <span className="search-count">({group.total})</span>
              </h2>
              <ol className="search-results">
                {group.results.map((result) => (
                  <li key={result.id}>
                    <h3>
                      <a href={result.url}>
                        <Highlight segments={result.title} />
                      </a>
                    </h3>
                    {result.snippet.length > 0 && (
                      <p className="search-snippet">
                        <Highlight segments={result.snippet} />
                      </p>
                    )}
                  </li>
                ))}
              </ol>
              {group.total > group.results.length && !type && (
                <p>
                  <a href={withQuery(searchPath, { q: outcome.query, type: group.type })}>
                    {t('searchMoreOfType', { section: labels[group.type].title, total: group.total })}
                  </a>
                </p>
              )}
            </section>
          ))}
        </>
      )}
    </Frame>
  )
}

export default SearchPage

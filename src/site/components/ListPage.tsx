import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import type { Locale } from '../../localization/locales'
import { pageLocale } from '../detailPage'
import { uiTranslator } from '../i18n'
import { langMark } from '../languages'
import { sectionLabels } from '../labels'
import { parseListQuery, type SearchParams } from '../listQuery'
import { pageMetadata } from '../metadata'
import { listData, topicFiltered } from '../pageData'
import { sectionPath, type SiteSection, withQuery } from '../urls'
import { Breadcrumbs } from './Breadcrumbs'
import { Frame } from './Frame'
import { ItemList } from './ItemList'
import { Pagination } from './Pagination'
import { TopicFilter } from './TopicFilter'

export type ListPageProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

const load = async (section: SiteSection, { params, searchParams }: ListPageProps) => {
  const locale = await pageLocale(params)
  const query = parseListQuery(await searchParams)
  const data = query ? await listData(locale, section, query.page, query.topic) : null
  if (!query || !data) notFound()
  const path = withQuery(sectionPath(locale, section), { topic: query.topic, page: query.page > 1 ? query.page : undefined })
  return { locale, query, data, path }
}

export const listMetadata = async (section: SiteSection, props: ListPageProps): Promise<Metadata> => {
  const { locale, data, path } = await load(section, props)
  const labels = sectionLabels(uiTranslator(locale))[section]
  const title = data.topic ? `${labels.title}: ${data.topic.name}` : labels.title
  return pageMetadata({ locale, path, title, description: labels.intro })
}

/** Every list page: a section's items, newest or most asked first, by pages, filterable by topic. */
export const ListPage = async ({ section, ...props }: ListPageProps & { section: SiteSection }) => {
  const { locale, query, data, path } = await load(section, props)
  const t = uiTranslator(locale)
  const labels = sectionLabels(t)[section]
  const base = sectionPath(locale, section)
  return (
    <Frame locale={locale} path={path} section={section}>
      <Breadcrumbs locale={locale} trail={[]} current={labels.title} />
      <h1>{labels.title}</h1>
      <p className="lead">{labels.intro}</p>
      {topicFiltered.includes(section) && (
        <TopicFilter locale={locale} action={base} topics={data.topics} current={query.topic} />
      )}
      {data.topic && (
        <p className="filtered">
          {t('filteredBy')} <strong lang={langMark(data.topic.lang, locale)}>{data.topic.name}</strong> ·{' '}
          <a href={base}>{t('clearFilter')}</a>
        </p>
      )}
      <ItemList cards={data.cards} locale={locale} headingLevel={2} />
      <Pagination locale={locale} path={base} page={data.page} totalPages={data.totalPages} query={{ topic: query.topic }} />
    </Frame>
  )
}

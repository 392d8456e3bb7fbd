import { ItemPage } from '../../../../../site/components/ItemPage'
import { TaggedSections } from '../../../../../site/components/TaggedSections'
import { TermLinks } from '../../../../../site/components/TermLinks'
import { type DetailProps, detailRoute } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { topicData } from '../../../../../site/pageData'

const route = detailRoute('topics', topicData, (doc) => ({ title: doc.name, lead: doc.description }))

export const generateMetadata = route.generateMetadata

/** Everything tagged with a topic or one of its subtopics. */
const TopicPage = async (props: DetailProps) => {
  const { locale, data, item } = await route.load(props)
  const { doc, subtopics, items } = data
  const t = uiTranslator(locale)
  const empty = !items.news.totalDocs && !items.services.totalDocs && !items.interpretations.totalDocs
  return (
    <ItemPage {...item}>
      <TermLinks locale={locale} label={t('subtopics')} section="topics" terms={subtopics} />
      <TaggedSections locale={locale} items={items} topic={doc.slug} />
      {empty && <p className="empty">{t('empty')}</p>}
    </ItemPage>
  )
}

export default TopicPage

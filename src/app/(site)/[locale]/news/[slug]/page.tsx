import { DateLine } from '../../../../../site/components/DateLine'
import { ItemPage } from '../../../../../site/components/ItemPage'
import { RichText } from '../../../../../site/components/RichText'
import { type DetailProps, detailRoute, titleSummaryImage } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { newsArticle } from '../../../../../site/jsonLd'
import { newsData } from '../../../../../site/pageData'

const route = detailRoute('news', newsData, (doc) => ({ ...titleSummaryImage(doc), type: 'article' }))

export const generateMetadata = route.generateMetadata

const NewsArticle = async (props: DetailProps) => {
  const { locale, data, item, link } = await route.load(props)
  const { doc } = data
  return (
    <ItemPage
      {...item}
      meta={<DateLine label={uiTranslator(locale)('publishedOn')} value={doc.publishedAt} locale={locale} />}
      originalUrl={doc.originalUrl}
      jsonLd={newsArticle(doc, link)}
    >
      <RichText value={doc.body} locale={locale} lang={doc.lang} />
    </ItemPage>
  )
}

export default NewsArticle

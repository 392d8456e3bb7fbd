import type { Media } from '../../../../../payload-types'
import { DateLine } from '../../../../../site/components/DateLine'
import { ItemPage } from '../../../../../site/components/ItemPage'
import { RichText } from '../../../../../site/components/RichText'
import { related } from '../../../../../site/content'
import { type DetailProps, detailRoute } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { newsArticle } from '../../../../../site/jsonLd'
import { siteOrigin } from '../../../../../site/origin'
import { newsData } from '../../../../../site/pageData'
import { absoluteUrl } from '../../../../../site/urls'

const route = detailRoute('news', newsData, (doc) => ({
  title: doc.title,
  description: doc.summary,
  image: related<Media>(doc.heroImage),
  type: 'article',
}))

export const generateMetadata = route.generateMetadata

const NewsArticle = async (props: DetailProps) => {
  const { locale, path, data } = await route.load(props)
  const { doc, available } = data
  const origin = await siteOrigin()
  return (
    <ItemPage
      locale={locale}
      path={path}
      available={available}
      section="news"
      doc={doc}
      title={doc.title}
      lead={doc.summary}
      image={related<Media>(doc.heroImage)}
      meta={<DateLine label={uiTranslator(locale)('publishedOn')} value={doc.publishedAt} locale={locale} />}
      originalUrl={doc.originalUrl}
      jsonLd={newsArticle(doc, { origin, url: absoluteUrl(origin, path) })}
    >
      <RichText value={doc.body} locale={locale} lang={doc.lang} />
    </ItemPage>
  )
}

export default NewsArticle

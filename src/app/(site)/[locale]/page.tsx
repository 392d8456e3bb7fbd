import type { Metadata } from 'next'

import type { Locale } from '../../../localization/locales'
import { CardSection } from '../../../site/components/CardSection'
import { Frame } from '../../../site/components/Frame'
import { pageLocale } from '../../../site/detailPage'
import { uiTranslator } from '../../../site/i18n'
import { pageMetadata } from '../../../site/metadata'
import { homeData } from '../../../site/pageData'
import { homePath, sectionPath } from '../../../site/urls'

type Props = { params: Promise<{ locale: Locale }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await pageLocale(params)
  const t = uiTranslator(locale)
  const metadata = await pageMetadata({ locale, path: homePath(locale), title: t('siteName'), description: t('homeIntro') })
  return { ...metadata, title: { absolute: t('siteName') } }
}

/** Most asked-for services, latest news, featured interpretations and the key zones. */
const Home = async ({ params }: Props) => {
  const locale = await pageLocale(params)
  const t = uiTranslator(locale)
  const { services, news, interpretations, zones } = await homeData(locale)
  const sections = [
    { id: 'home-services', title: t('homeServices'), section: 'services', page: services },
    { id: 'home-news', title: t('homeNews'), section: 'news', page: news },
    { id: 'home-policies', title: t('homeInterpretations'), section: 'policy-interpretations', page: interpretations },
    { id: 'home-zones', title: t('zones'), section: 'zones', page: zones },
  ] as const
  return (
    <Frame locale={locale} path={homePath(locale)}>
      <div className="intro">
        <h1>{t('siteName')}</h1>
        <p className="lead">{t('homeIntro')}</p>
      </div>
      {sections.map(({ id, title, section, page }) => (
        <CardSection
          key={id}
          id={id}
          title={title}
          cards={page.cards}
          locale={locale}
          more={{ href: sectionPath(locale, section), total: page.totalDocs }}
        />
      ))}
    </Frame>
  )
}

export default Home

import config from '@payload-config'
import { getPayload } from 'payload'

import { localeConfigs, type Locale } from '../../../localization/locales'
import { siteTranslator } from '../../../site/i18n'

type Props = { params: Promise<{ locale: Locale }> }

// Rendered per request: what is published changes at any time.
export const dynamic = 'force-dynamic'

// Reads go through the same access rules as anonymous API readers.
const publicRead = { overrideAccess: false, depth: 0, limit: 10 } as const

const Home = async ({ params }: Props) => {
  const { locale } = await params
  const t = await siteTranslator(locale)
  const payload = await getPayload({ config })
  const [services, news] = await Promise.all([
    payload.find({ ...publicRead, collection: 'services', locale, sort: 'title' }),
    payload.find({ ...publicRead, collection: 'news', locale, sort: '-publishedAt' }),
  ])
  return (
    <main>
      <h1>{t('siteName')}</h1>
      <nav aria-label={t('languages')}>
        {localeConfigs.map(({ code, label }) => (
          <a key={code} href={`/${code}`} hrefLang={code} lang={code} style={{ marginInlineEnd: 12 }}>
            {label}
          </a>
        ))}
      </nav>
      <h2>{t('services')}</h2>
      {services.docs.length ? (
        <ul>{services.docs.map((doc) => <li key={doc.id}>{doc.title}</li>)}</ul>
      ) : (
        <p>{t('empty')}</p>
      )}
      <h2>{t('news')}</h2>
      {news.docs.length ? <ul>{news.docs.map((doc) => <li key={doc.id}>{doc.title}</li>)}</ul> : <p>{t('empty')}</p>}
      <p>
        <a href="/admin">{t('admin')}</a>
      </p>
    </main>
  )
}

export default Home

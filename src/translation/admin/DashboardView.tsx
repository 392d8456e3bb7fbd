import type { AdminViewServerProps } from 'payload'

import { localeConfigs, targetLocales } from '../../localization/locales'
import { type Dashboard, parseDashboardQuery, stateGroups, translationDashboard } from '../endpoints/dashboard'
import { translatableCollections } from '../endpoints/translationStatus'
import { translationStates } from '../states'
import { formatDateTime, type MessageKey, stateLabel, translator } from './messages'
import { StateBadge } from './StateBadge'
import { requireStaff, ViewShell } from './ViewShell'

const groupLabels: Record<keyof typeof stateGroups, MessageKey> = {
  'needs-translation': 'needsTranslation',
  'needs-review': 'needsReview',
  'needs-re-review': 'needsReReview',
}

const labelOfLocale = (code: string) => localeConfigs.find((entry) => entry.code === code)?.label ?? code

/**
 * The view's query string, as the endpoint's. The view says `language`, not `locale`: on an
 * admin page Payload takes `?locale=` as the editor's content language and stores it.
 */
const toSearchParams = (raw: AdminViewServerProps['searchParams']): URLSearchParams => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(raw ?? {})) {
    const first = Array.isArray(value) ? value[0] : value
    if (typeof first !== 'string' || key === 'locale') continue
    params.set(key === 'language' ? 'locale' : key, first)
  }
  return params
}

/**
 * /admin/translations — documents by language state across the translatable collections: a
 * language × state overview (for one collection or all) whose numbers open the list below,
 * and the list filtered by language, collection and state, each row linking to the document
 * in that language and to its review view. The same query as GET /api/translation-dashboard.
 */
export const DashboardView = async (props: AdminViewServerProps) => {
  const { language, staff } = requireStaff(props, '/translations')
  const t = translator(language)
  const payload = props.initPageResult.req.payload
  const adminRoute = payload.config.routes.admin
  const base = `${adminRoute}/translations`

  if (!staff) {
    return (
      <ViewShell props={props} stepNav={[{ label: t('dashboardTitle') }]}>
        <h1>{t('dashboardTitle')}</h1>
        <p role="alert">{t('staffOnly')}</p>
      </ViewShell>
    )
  }

  const slugs = translatableCollections(payload.config).map(({ slug }) => slug)
  const parsed = parseDashboardQuery(toSearchParams(props.searchParams), slugs)
  const query = typeof parsed === 'string' ? {} : parsed
  const data: Dashboard = await translationDashboard(payload, query)
  const { filters } = data

  const href = (overrides: Record<string, string | number | null | undefined>) => {
    const params = new URLSearchParams()
    const merged = { language: filters.locale, collection: filters.collection, state: filters.state, page: undefined, ...overrides }
    for (const [key, value] of Object.entries(merged)) if (value !== null && value !== undefined && value !== '') params.set(key, String(value))
    const search = params.toString()
    return search ? `${base}?${search}` : base
  }

  const counts = filters.collection ? data.counts[filters.collection] : data.totals
  const collectionLabel = (slug: string) => data.collections.find((entry) => entry.slug === slug)?.label ?? slug

  return (
    <ViewShell props={props} className="tw-dashboard" stepNav={[{ label: t('dashboardTitle') }]}>
      <h1>{t('dashboardTitle')}</h1>
      <p className="tw-view__intro">{t('dashboardIntro')}</p>
      {typeof parsed === 'string' && (
        <p className="tw-notice tw-notice--error" role="alert">
          {parsed}
        </p>
      )}

      <section aria-labelledby="tw-overview-heading" className="tw-dashboard__counts">
        <h2 id="tw-overview-heading">
          {t('overview')}: {filters.collection ? collectionLabel(filters.collection) : t('allCollections')}
        </h2>
        <table className="tw-table">
          <thead>
            <tr>
              <th scope="col">{t('state')}</th>
              {targetLocales.map((code) => (
                <th scope="col" key={code}>
                  <abbr title={labelOfLocale(code)} lang={code}>
                    {code.toUpperCase()}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {translationStates.map((state) => (
              <tr key={state}>
                <th scope="row">
                  <StateBadge state={state} language={language} />
                </th>
                {targetLocales.map((code) => {
                  const count = counts[code][state]
                  return (
                    <td key={code} className={count ? 'tw-num' : 'tw-num tw-num--zero'} data-locale={code} data-state={state}>
                      {count ? (
                        <a
                          href={href({ language: code, state })}
                          aria-label={`${labelOfLocale(code)} · ${stateLabel(language, state)}: ${count}`}
                        >
                          {count}
                        </a>
                      ) : (
                        0
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <form method="get" action={base} className="tw-dashboard__filters" aria-label={t('filter')}>
        <label>
          {t('language')}
          <select name="language" defaultValue={filters.locale ?? ''}>
            <option value="">{t('allLanguages')}</option>
            {targetLocales.map((code) => (
              <option key={code} value={code}>
                {labelOfLocale(code)} ({code})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('collection')}
          <select name="collection" defaultValue={filters.collection ?? ''}>
            <option value="">{t('allCollections')}</option>
            {data.collections.map(({ slug, label }) => (
              <option key={slug} value={slug}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('state')}
          <select name="state" defaultValue={filters.state ?? ''}>
            <option value="">{t('allStates')}</option>
            <optgroup label={t('actions')}>
              {(Object.keys(stateGroups) as (keyof typeof stateGroups)[]).map((group) => (
                <option key={group} value={group}>
                  {t(groupLabels[group])}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('state')}>
              {translationStates.map((state) => (
                <option key={state} value={state}>
                  {stateLabel(language, state)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <button type="submit" className="tw-button tw-button--primary">
          {t('filter')}
        </button>
        <a className="tw-button" href={base}>
          {t('reset')}
        </a>
      </form>

      <p aria-live="polite">{t('results', { count: data.totalDocs })}</p>
      {data.docs.length === 0 ? (
        <p>{t('noDocuments')}</p>
      ) : (
        <table className="tw-table tw-dashboard__list">
          <thead>
            <tr>
              <th scope="col">{t('document')}</th>
              <th scope="col">{t('collection')}</th>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('updated')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.docs.map((row) => (
              <tr key={`${row.collection}-${row.id}-${row.locale}`} data-collection={row.collection} data-id={row.id} data-locale={row.locale}>
                <th scope="row">
                  <a href={`${adminRoute}${row.editPath}`}>{row.title ?? String(row.id)}</a>
                </th>
                <td>{collectionLabel(row.collection)}</td>
                <td lang={row.locale}>{labelOfLocale(row.locale)}</td>
                <td>
                  <StateBadge state={row.state} language={language} />
                </td>
                <td>{row.updatedAt ? <time dateTime={row.updatedAt}>{formatDateTime(language, row.updatedAt)}</time> : ''}</td>
                <td>
                  <div className="tw-actions">
                    <a className="tw-button" href={`${adminRoute}${row.editPath}`}>
                      {t('edit')}
                    </a>
                    <a className="tw-button tw-button--link" href={`${adminRoute}${row.reviewPath}`}>
                      {t('review')}
                    </a>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.totalPages > 1 && (
        <nav className="tw-dashboard__pager" aria-label={t('pageOf', { page: data.page, pages: data.totalPages })}>
          {data.page > 1 && <a href={href({ page: data.page - 1 })}>{t('previous')}</a>}
          <span>{t('pageOf', { page: data.page, pages: data.totalPages })}</span>
          {data.page < data.totalPages && <a href={href({ page: data.page + 1 })}>{t('next')}</a>}
        </nav>
      )}
    </ViewShell>
  )
}

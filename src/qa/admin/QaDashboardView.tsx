import type { AdminViewServerProps } from 'payload'

import { localeConfigs, type TargetLocale, targetLocales } from '../../localization/locales'
import { FactFindingText } from '../../translation/admin/FactFindings'
import { StateBadge } from '../../translation/admin/StateBadge'
import { requireStaff, ViewShell } from '../../translation/admin/ViewShell'
import type { TranslationState } from '../../translation/states'
import { qaDashboard } from '../dashboard'
import { qaTranslator, severityLabel } from './messages'

const localeLabel = (code: string) => localeConfigs.find((entry) => entry.code === code)?.label ?? code

/**
 * /admin/qa — the language QA dashboard: open fact findings counted by language, collection and
 * severity, the documents that have them (or readability warnings) with a link to each review
 * view, and the terms rendered differently in approved documents. The same data as
 * GET /api/qa/dashboard.
 */
export const QaDashboardView = async (props: AdminViewServerProps) => {
  const { language, staff } = requireStaff(props, '/qa')
  const t = qaTranslator(language)
  const stepNav = [{ label: t('title') }]
  if (!staff) {
    return (
      <ViewShell props={props} stepNav={stepNav}>
        <h1>{t('title')}</h1>
        <p role="alert">{t('staffOnly')}</p>
      </ViewShell>
    )
  }
  const payload = props.initPageResult.req.payload
  const base = `${payload.config.routes.admin}/qa`
  const requested = props.searchParams?.locale
  const locale = (targetLocales as readonly string[]).includes(String(requested)) ? (requested as TargetLocale) : undefined
  const dashboard = await qaDashboard(payload, { locale })

  return (
    <ViewShell props={props} className="tw-qa-dashboard" stepNav={stepNav}>
      <h1>{t('title')}</h1>
      <p className="tw-view__intro">{t('intro')}</p>
      <nav className="tw-view__bar" aria-label={t('language')}>
        <a href={base} aria-current={locale ? undefined : 'page'}>
          {t('allLanguages')}
        </a>
        {targetLocales.map((code) => (
          <a key={code} href={`${base}?locale=${code}`} lang={code} aria-current={code === locale ? 'page' : undefined}>
            {localeLabel(code)}
          </a>
        ))}
      </nav>

      <dl className="tw-view__meta">
        <div>
          <dt>{t('openFindings')}</dt>
          <dd data-count="open-findings">{dashboard.totals.openFindings}</dd>
        </div>
        <div>
          <dt>{t('readabilityWarnings')}</dt>
          <dd data-count="readability">{dashboard.totals.readabilityWarnings}</dd>
        </div>
        <div>
          <dt>{t('terminologyInconsistencies')}</dt>
          <dd data-count="terminology">{dashboard.totals.terminologyInconsistencies}</dd>
        </div>
      </dl>

      <h2>{t('byGroup')}</h2>
      {dashboard.groups.length === 0 ? (
        <p>{t('noFindings')}</p>
      ) : (
        <table className="tw-table" data-table="groups">
          <thead>
            <tr>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('collection')}</th>
              <th scope="col">{t('severity')}</th>
              <th scope="col">{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.groups.map((group) => (
              <tr key={`${group.locale}-${group.collection}-${group.severity}`}>
                <td>{localeLabel(group.locale)}</td>
                <td>{group.collection}</td>
                <td>{severityLabel(language, group.severity)}</td>
                <td>{group.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('documents')}</h2>
      {dashboard.documents.length > 0 && (
        <table className="tw-table" data-table="documents">
          <thead>
            <tr>
              <th scope="col">{t('document')}</th>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('findings')}</th>
              <th scope="col">{t('readability')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.documents.map((document) => (
              <tr key={`${document.collection}-${document.id}-${document.locale}`} data-locale={document.locale}>
                <th scope="row">
                  <a href={document.url} lang="zh">
                    {document.title}
                  </a>{' '}
                  <small>{document.collection}</small>
                </th>
                <td>
                  {localeLabel(document.locale)} <StateBadge state={document.state as TranslationState} language={language} />
                </td>
                <td>
                  <ul className="tw-facts">
                    {document.findings.map((finding) => (
                      <li key={finding.id} className="tw-facts__item" data-severity={finding.severity}>
                        {severityLabel(language, finding.severity)} · <code>{finding.field}</code> ·{' '}
                        <FactFindingText finding={finding} locale={document.locale} language={language} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {document.readabilityWarnings.map((field) => (
                    <code key={field}>{field} </code>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('terminology')}</h2>
      {dashboard.terminology.map(({ locale: termsLocale, terms }) => (
        <section key={termsLocale} aria-label={localeLabel(termsLocale)}>
          <h3>{localeLabel(termsLocale)}</h3>
          <table className="tw-table" data-table="terminology">
            <thead>
              <tr>
                <th scope="col">{t('term')}</th>
                <th scope="col">{t('approved')}</th>
                <th scope="col">{t('variants')}</th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => (
                <tr key={term.term}>
                  <th scope="row" lang="zh">
                    {term.term}
                  </th>
                  <td lang={termsLocale}>{term.approved ?? <em>{t('fromMemory')}</em>}</td>
                  <td>
                    <ul>
                      {term.variants.map((variant) => (
                        <li key={variant.rendering ?? ''}>
                          {variant.rendering ? (
                            <span lang={termsLocale}>{variant.rendering}</span>
                          ) : (
                            <em>{t('otherRendering')}</em>
                          )}{' '}
                          ({variant.count}):{' '}
                          {variant.documents.map((document, index) => (
                            <span key={`${document.collection}-${document.id}`}>
                              {index > 0 && ', '}
                              <a href={document.url} lang="zh">
                                {document.title}
                              </a>
                            </span>
                          ))}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </ViewShell>
  )
}

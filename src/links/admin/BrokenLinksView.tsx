import type { AdminViewServerProps } from 'payload'

import { localeConfigs } from '../../localization/locales'
import { formatDateTime } from '../../translation/admin/messages'
import { requireStaff, ViewShell } from '../../translation/admin/ViewShell'
import { brokenLinksReport, parseReportQuery } from '../report'
import { linkStatuses, problemStatuses } from '../statuses'
import { CheckNowButton } from './CheckNowButton'
import { linkStatusLabel, linkTranslator } from './messages'
import { StatusBadge } from './StatusBadge'

const localeLabel = (code: string | null | undefined) => localeConfigs.find((entry) => entry.code === code)?.label

/**
 * /admin/broken-links — links of published content that fail (or were refused as private),
 * oldest failure first, each with the documents, fields and languages that use it; "check now"
 * for editors and admins. The same data as GET /api/link-checks/report.
 */
export const BrokenLinksView = async (props: AdminViewServerProps) => {
  const { language, staff } = requireStaff(props, '/broken-links')
  const t = linkTranslator(language)
  const payload = props.initPageResult.req.payload
  const adminRoute = payload.config.routes.admin
  const base = `${adminRoute}/broken-links`
  const stepNav = [{ label: t('title') }]

  if (!staff) {
    return (
      <ViewShell props={props} stepNav={stepNav}>
        <h1>{t('title')}</h1>
        <p role="alert">{t('staffOnly')}</p>
      </ViewShell>
    )
  }

  const params = new URLSearchParams()
  for (const name of ['status', 'page']) {
    const value = props.searchParams?.[name]
    if (typeof value === 'string') params.set(name, value)
  }
  const parsed = parseReportQuery(params)
  const report = await brokenLinksReport(payload, typeof parsed === 'string' ? {} : parsed)
  const href = (status: string | null, page?: number) => {
    const query = new URLSearchParams()
    if (status) query.set('status', status)
    if (page && page > 1) query.set('page', String(page))
    return query.size ? `${base}?${query}` : base
  }
  const problems = problemStatuses.reduce((sum, status) => sum + report.counts[status], 0)

  return (
    <ViewShell props={props} className="lc-dashboard" stepNav={stepNav}>
      <h1>{t('title')}</h1>
      <p className="tw-view__intro">{t('intro')}</p>
      {typeof parsed === 'string' && (
        <p className="tw-notice tw-notice--error" role="alert">
          {parsed}
        </p>
      )}
      <CheckNowButton />
      <p>
        {report.lastCheckedAt ? t('lastChecked', { time: formatDateTime(language, report.lastCheckedAt) }) : t('neverChecked')}{' '}
        {report.checkPending && <strong>{t('checkPending')}</strong>}
      </p>

      <nav aria-label={t('status')} className="tw-actions">
        <a className="tw-button" href={href(null)} aria-current={report.status ? undefined : 'page'}>
          {t('allProblems')} ({problems})
        </a>
        {linkStatuses.map((status) => (
          <a key={status} className="tw-button" href={href(status)} aria-current={report.status === status ? 'page' : undefined}>
            {linkStatusLabel(language, status)} ({report.counts[status]})
          </a>
        ))}
      </nav>

      <p aria-live="polite">{t('results', { count: report.totalDocs })}</p>
      {report.links.length === 0 ? (
        <p>{t('noLinks')}</p>
      ) : (
        <table className="tw-table">
          <thead>
            <tr>
              <th scope="col">{t('link')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('problem')}</th>
              <th scope="col">{t('brokenSince')}</th>
              <th scope="col">{t('lastCheck')}</th>
              <th scope="col">{t('usedIn')}</th>
            </tr>
          </thead>
          <tbody>
            {report.links.map((link) => (
              <tr key={link.id} data-status={link.status}>
                <th scope="row" className="lc-url">
                  <a href={`${adminRoute}/collections/link-checks/${link.id}`}>{link.url}</a>
                  {link.applicationLink && (
                    <>
                      {' '}
                      <strong>({t('applicationLink')})</strong>
                    </>
                  )}
                </th>
                <td>
                  <StatusBadge status={link.status} language={language} />
                  {link.httpStatus ? ` ${t('httpStatus')} ${link.httpStatus}` : ''}
                </td>
                <td>
                  {link.error}
                  {link.finalUrl && link.finalUrl !== link.url && (
                    <div className="lc-url">{t('redirectedTo', { url: link.finalUrl })}</div>
                  )}
                </td>
                <td>
                  {link.firstBrokenAt && (
                    <time dateTime={link.firstBrokenAt}>{formatDateTime(language, link.firstBrokenAt)}</time>
                  )}
                </td>
                <td>
                  {link.lastCheckedAt && (
                    <time dateTime={link.lastCheckedAt}>{formatDateTime(language, link.lastCheckedAt)}</time>
                  )}
                </td>
                <td>
                  <ul className="lc-usages">
                    {link.usages.map((usage) => (
                      <li key={`${usage.collection}-${usage.docId}-${usage.fieldPath}-${usage.locale ?? ''}`}>
                        <a href={`${adminRoute}${usage.editPath}`}>{usage.title || `${usage.collection} ${usage.docId}`}</a> ·{' '}
                        <code>{usage.fieldPath}</code> · {localeLabel(usage.locale) ?? t('allLanguages')}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.totalPages > 1 && (
        <nav className="tw-actions" aria-label={t('pageOf', { page: report.page, pages: report.totalPages })}>
          {report.page > 1 && <a href={href(report.status, report.page - 1)}>{t('previous')}</a>}
          <span>{t('pageOf', { page: report.page, pages: report.totalPages })}</span>
          {report.page < report.totalPages && <a href={href(report.status, report.page + 1)}>{t('next')}</a>}
        </nav>
      )}
    </ViewShell>
  )
}

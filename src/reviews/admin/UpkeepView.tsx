import type { AdminViewServerProps } from 'payload'

import { staffRole } from '../../access/roles'
import { formatDateTime } from '../../translation/admin/messages'
import { requireStaff, ViewShell } from '../../translation/admin/ViewShell'
import { StatusBadge } from '../../links/admin/StatusBadge'
import { mayReadUpkeep } from '../permissions'
import { upkeepReport } from '../report'
import { reviewTranslator } from './messages'

/**
 * /admin/content-upkeep — on one screen: broken links (summary, linking to the broken-links view),
 * content overdue or due for review within 30 days by source department, and interpretations of
 * expired or replaced policy documents. The same data as GET /api/reviews/upkeep.
 */
export const UpkeepView = async (props: AdminViewServerProps) => {
  const { language } = requireStaff(props, '/content-upkeep')
  const t = reviewTranslator(language)
  const { req } = props.initPageResult
  const allowed = mayReadUpkeep(staffRole(req))
  const stepNav = [{ label: t('title') }]
  if (!allowed) {
    return (
      <ViewShell props={props} stepNav={stepNav}>
        <h1>{t('title')}</h1>
        <p role="alert">{t('staffOnly')}</p>
      </ViewShell>
    )
  }
  const report = await upkeepReport(req.payload)
  const date = (iso: string | null | undefined) =>
    iso ? <time dateTime={iso}>{formatDateTime(language, iso)}</time> : t('never')
  const { brokenLinks, reviews, flaggedInterpretations } = report

  return (
    <ViewShell props={props} stepNav={stepNav}>
      <h1>{t('title')}</h1>
      <p className="tw-view__intro">{t('intro')}</p>

      <section aria-labelledby="upkeep-links">
        <h2 id="upkeep-links">{t('brokenLinks')}</h2>
        <p>
          {brokenLinks.total ? t('brokenCount', { count: brokenLinks.total }) : t('noBrokenLinks')}{' '}
          {brokenLinks.lastCheckedAt && t('lastChecked', { time: formatDateTime(language, brokenLinks.lastCheckedAt) })}
        </p>
        {brokenLinks.first.length > 0 && (
          <ul>
            {brokenLinks.first.map((link) => (
              <li key={link.id}>
                <StatusBadge status={link.status} language={language} /> <span className="lc-url">{link.url}</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={brokenLinks.adminUrl}>{t('allBrokenLinks')}</a>
        </p>
      </section>

      <section aria-labelledby="upkeep-reviews">
        <h2 id="upkeep-reviews">{t('reviews')}</h2>
        {reviews.byDepartment.length === 0 ? (
          <p>{t('noReviews')}</p>
        ) : (
          <>
            <p>{t('reviewCounts', { overdue: reviews.overdue, dueSoon: reviews.dueSoon })}</p>
            {reviews.byDepartment.map((group) => (
              <div key={String(group.department?.id ?? 'none')}>
                <h3>{group.department?.name ?? t('noDepartment')}</h3>
                <table className="tw-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('document')}</th>
                      <th scope="col">{t('type')}</th>
                      <th scope="col">{t('reviewBy')}</th>
                      <th scope="col">{t('lastReviewed')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.items.map((item) => (
                      <tr key={`${item.collection}-${item.id}`} data-state={item.state}>
                        <th scope="row">
                          <a href={item.adminUrl}>{item.title ?? item.id}</a>
                        </th>
                        <td>{t(item.collection)}</td>
                        <td>
                          {date(item.reviewBy)} <strong>({t(item.state)})</strong>
                        </td>
                        <td>{date(item.lastReviewedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="upkeep-flagged">
        <h2 id="upkeep-flagged">{t('flagged')}</h2>
        {flaggedInterpretations.length === 0 ? (
          <p>{t('noFlagged')}</p>
        ) : (
          <table className="tw-table">
            <thead>
              <tr>
                <th scope="col">{t('document')}</th>
                <th scope="col">{t('policyDocument')}</th>
                <th scope="col">{t('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {flaggedInterpretations.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <a href={item.adminUrl}>{item.title ?? item.id}</a>
                  </th>
                  <td>
                    <a href={`${req.payload.config.routes.admin}/collections/policy-documents/${item.policyDocument.id}`}>
                      {item.policyDocument.title ?? item.policyDocument.documentNumber}
                    </a>{' '}
                    {item.policyDocument.documentNumber}
                  </td>
                  <td>{t(item.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </ViewShell>
  )
}

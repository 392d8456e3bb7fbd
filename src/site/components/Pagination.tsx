import type { Locale } from '../../localization/locales'
import { uiTranslator } from '../i18n'
import { withQuery } from '../urls'

type Props = { locale: Locale; path: string; page: number; totalPages: number; query?: Record<string, string | undefined> }

/** Previous / next links around "Page 2 of 5". */
export const Pagination = ({ locale, path, page, totalPages, query = {} }: Props) => {
  if (totalPages <= 1) return null
  const t = uiTranslator(locale)
  const href = (target: number) => withQuery(path, { ...query, page: target > 1 ? target : undefined })
  return (
    <nav aria-label={t('pagination')} className="pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t('previousPage')}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{t('pageOf', { page, total: totalPages })}</span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          {t('nextPage')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}

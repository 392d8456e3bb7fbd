import type { Locale } from '../../localization/locales'
import type { Service } from '../../payload-types'
import { uiTranslator } from '../i18n'
import { DateText } from './DateText'

/** The way into the city's online service system, with a warning when the link check last failed. */
export const ApplyOnline = ({ locale, application }: { locale: Locale; application: Service['onlineApplication'] }) => {
  if (!application?.url) return null
  const t = uiTranslator(locale)
  const check = application.lastCheck
  return (
    <div className="apply-online">
      <a className="button" href={application.url} rel="external noopener" data-apply-online="true">
        {t('applyOnline')}
      </a>
      <p>{t('applyOnlineNote')}</p>
      {check?.ok === false && check.checkedAt && (
        <p className="warning">
          {t('applyOnlineCheckFailed')} <DateText value={check.checkedAt} locale={locale} />
        </p>
      )}
    </div>
  )
}

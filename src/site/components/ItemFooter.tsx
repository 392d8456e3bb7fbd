import type { Locale } from '../../localization/locales'
import type { Source, Topic, Zone } from '../../payload-types'
import { related, relatedMany } from '../content'
import { uiTranslator } from '../i18n'
import { AboutThisPage } from './AboutThisPage'
import { TermLinks } from './TermLinks'

type Props = {
  locale: Locale
  path: string
  /** The item: its language and translation record, and whichever of these relations it has. */
  doc: Parameters<typeof AboutThisPage>[0]['doc'] & { source?: unknown; topics?: unknown; zones?: unknown }
  originalUrl?: string | null
}

/** The end of every item page: its topics and zones, then where its words come from. */
export const ItemFooter = ({ locale, path, doc, originalUrl }: Props) => {
  const t = uiTranslator(locale)
  return (
    <>
      <TermLinks locale={locale} label={t('topicsLabel')} section="topics" terms={relatedMany<Topic>(doc.topics)} />
      <TermLinks locale={locale} label={t('zonesLabel')} section="zones" terms={relatedMany<Zone>(doc.zones)} />
      <AboutThisPage locale={locale} doc={doc} source={related<Source>(doc.source)} path={path} originalUrl={originalUrl} />
    </>
  )
}

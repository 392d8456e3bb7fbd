import type { Locale } from '../../localization/locales'
import { uiTranslator } from '../i18n'
import { sectionLabels } from '../labels'
import type { TaggedItems } from '../pageData'
import { sectionPath, withQuery } from '../urls'
import { CardSection } from './CardSection'

type Props = {
  locale: Locale
  items: TaggedItems
  /** On a topic page: "View all" leads to each list filtered by this topic. */
  topic?: string
}

/** The services, interpretations and news that belong to a topic, zone or department. */
export const TaggedSections = ({ locale, items, topic }: Props) => {
  const labels = sectionLabels(uiTranslator(locale))
  const groups = [
    ['services', items.services],
    ['policy-interpretations', items.interpretations],
    ['news', items.news],
  ] as const
  return groups.map(([section, page]) => (
    <CardSection
      key={section}
      id={`tagged-${section}`}
      title={labels[section].title}
      cards={page.cards}
      locale={locale}
      more={topic ? { href: withQuery(sectionPath(locale, section), { topic }), total: page.totalDocs } : undefined}
    />
  ))
}

import type { Locale } from '../../localization/locales'
import type { Topic } from '../../payload-types'
import type { Shown } from '../content'
import { uiTranslator } from '../i18n'
import { langMark } from '../languages'

type Props = { locale: Locale; action: string; topics: Shown<Topic>[]; current: string | undefined }

/** GET form choosing `?topic=`; works without JavaScript. */
export const TopicFilter = ({ locale, action, topics, current }: Props) => {
  const t = uiTranslator(locale)
  return (
    <form action={action} method="get" className="topic-filter">
      <label htmlFor="topic-filter">{t('filterByTopic')}</label>
      <select id="topic-filter" name="topic" defaultValue={current ?? ''}>
        <option value="">{t('allTopics')}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.slug} lang={langMark(topic.lang, locale)}>
            {topic.name}
          </option>
        ))}
      </select>
      <button type="submit">{t('applyFilter')}</button>
    </form>
  )
}

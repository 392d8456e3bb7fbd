import type { Locale } from '../../localization/locales'
import type { Card } from '../cards'
import { uiTranslator } from '../i18n'
import { ItemList } from './ItemList'

type Props = {
  id: string
  title: string
  cards: Card[]
  locale: Locale
  /** Where the whole list is; shown as "View all" when there is more than the cards. */
  more?: { href: string; total: number }
}

/** A titled group of cards on the home, topic, zone and department pages. */
export const CardSection = ({ id, title, cards, locale, more }: Props) => {
  if (cards.length === 0) return null
  const t = uiTranslator(locale)
  return (
    <section aria-labelledby={id} className="card-section">
      <h2 id={id}>{title}</h2>
      <ItemList cards={cards} locale={locale} />
      {more && more.total > cards.length && (
        <p className="more">
          <a href={more.href} aria-describedby={id}>
            {t('viewAll')} ({more.total})
          </a>
        </p>
      )}
    </section>
  )
}

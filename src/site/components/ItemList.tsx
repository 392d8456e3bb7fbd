import type { Locale } from '../../localization/locales'
import type { Card } from '../cards'
import { uiTranslator } from '../i18n'
import { ItemCard } from './ItemCard'

/** The one list of cards every page uses; says so when there is nothing to list. */
export const ItemList = ({ cards, locale, headingLevel }: { cards: Card[]; locale: Locale; headingLevel?: 2 | 3 }) => {
  if (cards.length === 0) return <p className="empty">{uiTranslator(locale)('empty')}</p>
  return (
    <ul className="cards">
      {cards.map((card) => (
        <li key={card.id}>
          <ItemCard card={card} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}

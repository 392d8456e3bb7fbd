import type { Locale } from '../../localization/locales'
import type { Card } from '../cards'
import { langMark } from '../languages'
import { DateText } from './DateText'
import { ResponsiveImage } from './ResponsiveImage'

/** One item in any list: image, title (the link), summary, date and source department. */
export const ItemCard = ({ card, locale, headingLevel = 3 }: { card: Card; locale: Locale; headingLevel?: 2 | 3 }) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const lang = langMark(card.lang, locale)
  return (
    <article className="card">
      {card.image && (
        <ResponsiveImage media={card.image} locale={locale} sizes="(min-width: 48rem) 20rem, 100vw" className="card-image" />
      )}
      <Heading className="card-title" lang={lang}>
        <a href={card.href}>{card.title}</a>
      </Heading>
      {card.summary && (
        <p className="card-summary" lang={lang}>
          {card.summary}
        </p>
      )}
      {(card.date || card.source) && (
        <p className="card-meta">
          <DateText value={card.date} locale={locale} />
          {card.date && card.source && ' · '}
          {card.source && <span lang={langMark(card.source.lang, locale)}>{card.source.name}</span>}
        </p>
      )}
    </article>
  )
}

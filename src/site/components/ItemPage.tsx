import type React from 'react'

import type { Locale } from '../../localization/locales'
import type { Media } from '../../payload-types'
import type { SiteSection } from '../urls'
import type { Shown } from '../content'
import { Frame } from './Frame'
import { ItemFooter } from './ItemFooter'
import { ItemHeader } from './ItemHeader'
import { JsonLd } from './JsonLd'

/** What every item page passes: `detailRoute`'s `load` gives these as `item`. */
export type ItemProps = {
  locale: Locale
  path: string
  available: readonly Locale[]
  /** The section the item belongs to (breadcrumbs). */
  section: SiteSection
  /** The item, for the footer: language, translation record, source, topics, zones. */
  doc: React.ComponentProps<typeof ItemFooter>['doc'] & { lang: Locale }
  title: string
  lead?: string | null
  image?: Shown<Media> | null
}

type Props = ItemProps & {
  /** The main-menu entry to mark, when not the item's own section. */
  nav?: SiteSection | null
  /** The line under the title (dates and the like). */
  meta?: React.ReactNode
  originalUrl?: string | null
  jsonLd?: Record<string, unknown>
  children: React.ReactNode
}

/** Every item page: header, notice, title and image, the item's own parts, topics and provenance. */
export const ItemPage = ({
  locale,
  path,
  available,
  section,
  nav = section,
  doc,
  title,
  lead,
  image,
  meta,
  originalUrl,
  jsonLd,
  children,
}: Props) => (
  <Frame locale={locale} path={path} available={available} section={nav ?? undefined}>
    <article>
      <ItemHeader
        locale={locale}
        section={section}
        path={path}
        title={title}
        lead={lead}
        lang={doc.lang}
        available={available}
        image={image}
      >
        {meta}
      </ItemHeader>
      {children}
      <ItemFooter locale={locale} path={path} doc={doc} originalUrl={originalUrl} />
    </article>
    {jsonLd && <JsonLd data={jsonLd} />}
  </Frame>
)

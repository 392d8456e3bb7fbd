import type { Locale } from '../../localization/locales'
import type { Media } from '../../payload-types'
import type { Shown } from '../content'
import { imageSources } from '../images'
import { langMark } from '../languages'

type Props = {
  media: Shown<Media>
  /** The reader's language: alt text that is still Chinese is marked as such. */
  locale: Locale
  /** The `sizes` attribute: how wide the image is drawn. */
  sizes: string
  /** Above the fold: load at once instead of lazily. */
  priority?: boolean
  className?: string
}

/** An uploaded image with its localized alt text and every sharp size, WebP first. */
export const ResponsiveImage = ({ media, locale, sizes, priority = false, className }: Props) => {
  const sources = imageSources(media)
  if (!sources) return null
  return (
    <picture className={className}>
      {sources.webpSrcSet && <source type="image/webp" srcSet={sources.webpSrcSet} sizes={sizes} />}
      <img
        src={sources.src}
        srcSet={sources.srcSet ?? undefined}
        sizes={sizes}
        width={sources.width ?? undefined}
        height={sources.height ?? undefined}
        alt={media.alt ?? ''}
        lang={langMark(media.lang, locale)}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
      />
    </picture>
  )
}

import type { Media } from '../payload-types'

type Size = { url?: string | null; width?: number | null; height?: number | null }

/** The sharp sizes of collections/Media, smallest first. */
const sizeNames = ['thumbnail', 'card', 'hero'] as const

export type ImageSources = {
  src: string
  width: number | null
  height: number | null
  /** Original format (JPEG/PNG), every stored width. */
  srcSet: string | null
  /** The WebP variants, for a <source type="image/webp">. */
  webpSrcSet: string | null
}

const usable = (size: Size | null | undefined): size is Size & { url: string; width: number } => Boolean(size?.url && size.width)

const srcSetOf = (sizes: (Size | undefined)[]): string | null => {
  const entries = sizes.filter(usable).map(({ url, width }) => `${url} ${width}w`)
  return entries.length ? [...new Set(entries)].join(', ') : null
}

/**
 * `src`, `srcset` and the WebP `srcset` of an uploaded image. Sizes sharp skipped (an original
 * narrower than the size) are left out; the original is the widest candidate.
 */
export const imageSources = (media: Media): ImageSources | null => {
  if (!media.url) return null
  const sizes = media.sizes ?? {}
  const original: Size = { url: media.url, width: media.width, height: media.height }
  const plain = [...sizeNames.map((name) => sizes[name]), original]
  const webp = sizeNames.map((name) => sizes[`${name}Webp`])
  const fallback = sizes.card && usable(sizes.card) ? sizes.card : original
  return {
    src: fallback.url ?? media.url,
    width: fallback.width ?? null,
    height: fallback.height ?? null,
    srcSet: srcSetOf(plain),
    webpSrcSet: srcSetOf(webp),
  }
}

/** The image for link previews (OpenGraph): the hero size in its original format, else the original. */
export const shareImage = (media: Media): (Size & { url: string }) | null => {
  const hero = media.sizes?.hero
  if (usable(hero)) return hero
  return media.url ? { url: media.url, width: media.width, height: media.height } : null
}

import { type InternalHref, lexicalToSafeHtml } from '../../feed/html'
import type { Locale } from '../../localization/locales'
import { langMark } from '../languages'
import { siteOrigin } from '../origin'
import { itemPath, type SiteSection } from '../urls'

const sections: readonly string[] = [
  'news',
  'services',
  'policy-interpretations',
  'policy-documents',
  'zones',
  'topics',
  'sources',
]

/** Links inside rich text to another document go to its page in the reader's language. */
const internalHref =
  (locale: Locale): InternalHref =>
  ({ relationTo, value }) => {
    const slug = value && typeof value === 'object' ? (value as { slug?: unknown }).slug : null
    return relationTo && sections.includes(relationTo) && typeof slug === 'string'
      ? itemPath(locale, relationTo as SiteSection, slug)
      : null
  }

type Props = { value: unknown; locale: Locale; lang: Locale; className?: string }

/** Lexical rich text as the same sanitized HTML partners get (src/feed/html.ts). */
export const RichText = async ({ value, locale, lang, className = 'prose' }: Props) => {
  const html = lexicalToSafeHtml(value, await siteOrigin(), internalHref(locale))
  if (!html) return null
  return <div className={className} lang={langMark(lang, locale)} dangerouslySetInnerHTML={{ __html: html }} />
}

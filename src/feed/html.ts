/**
 * Rich text to partner-safe HTML: Lexical JSON is converted with Payload's synchronous HTML
 * converter (no population; uploads and relationship blocks are dropped), then passed through
 * sanitize-html with an allow-list of structural tags. Links keep only http(s)/mailto targets,
 * relative links become absolute against the public site, and every link gets rel="noopener".
 */
import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import sanitizeHtml from 'sanitize-html'

// Lexical text format bits (lexical/utils/nodeFormat).
const BOLD = 1
const ITALIC = 1 << 1
const STRIKETHROUGH = 1 << 2
const UNDERLINE = 1 << 3
const CODE = 1 << 4
const SUBSCRIPT = 1 << 5
const SUPERSCRIPT = 1 << 6

const escapeText = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** Resolves an internal link (to another document) to its public URL, or null. */
export type InternalHref = (doc: { relationTo?: string; value?: unknown }) => string | null

type LinkFields = { url?: string | null; linkType?: string; doc?: { relationTo?: string; value?: unknown } | null }

const buildConverters = (siteUrl: string, internalHref?: InternalHref): HTMLConverters => {
  const link = ({ node, nodesToHTML }: { node: unknown; nodesToHTML: (args: { nodes: never[] }) => string[] }) => {
    const linkNode = node as { children?: never[]; fields?: LinkFields }
    const children = nodesToHTML({ nodes: linkNode.children ?? [] }).join('')
    const fields = linkNode.fields ?? {}
    const target =
      fields.linkType === 'internal' ? (fields.doc && internalHref ? internalHref(fields.doc) : null) : (fields.url ?? '')
    const href = target ? safeHref(target, siteUrl) : null
    // A link whose target is unsafe or unknown keeps its text and loses the link.
    return href ? `<a href="${escapeText(href)}">${children}</a>` : children
  }
  return {
    ...defaultHTMLConverters,
    /** The default writes underline/strikethrough as styled spans; use <u>/<s>. */
    text: ({ node }) => {
      const format = (node as { format?: number }).format ?? 0
      let html = escapeText((node as { text?: string }).text ?? '')
      if (format & BOLD) html = `<strong>${html}</strong>`
      if (format & ITALIC) html = `<em>${html}</em>`
      if (format & STRIKETHROUGH) html = `<s>${html}</s>`
      if (format & UNDERLINE) html = `<u>${html}</u>`
      if (format & CODE) html = `<code>${html}</code>`
      if (format & SUBSCRIPT) html = `<sub>${html}</sub>`
      if (format & SUPERSCRIPT) html = `<sup>${html}</sup>`
      return html
    },
    link: link as unknown as HTMLConverters['link'],
    autolink: link as unknown as HTMLConverters['autolink'],
    // Nothing is populated, so uploads and relationship nodes have nothing safe to render.
    upload: () => '',
    relationship: () => '',
  }
}

const allowedTags = [
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'code',
  'br',
  'a',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'colgroup',
  'col',
]

/** Resolves an href against the site; null when it is not http(s) or mailto. */
export const safeHref = (href: string, siteUrl: string): string | null => {
  const trimmed = href.trim()
  if (!trimmed) return null
  try {
    const url = new URL(trimmed, `${siteUrl.replace(/\/+$/, '')}/`)
    if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') return url.href
  } catch {
    // unparseable: drop
  }
  return null
}

/** Sanitizes arbitrary HTML down to the feed's allow-list. */
export const sanitizeFeedHtml = (html: string, siteUrl: string): string =>
  sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: { a: ['href', 'rel'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // Content of these is dropped entirely rather than kept as text.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template'],
    transformTags: {
      // h1 is the page title on the site; demote any in the body.
      h1: 'h2',
      a: (tagName, attribs) => {
        const href = attribs.href === undefined ? null : safeHref(attribs.href, siteUrl)
        // An unsafe target leaves an inert <a> without href (renaming the tag here confuses
        // sanitize-html's closing tags); the Lexical converter already unwraps such links.
        const safe: sanitizeHtml.Attributes = href ? { href, rel: 'noopener' } : {}
        return { tagName, attribs: safe }
      },
    },
  })

type LexicalValue = { root?: { children?: unknown[] } } | null | undefined

/** Lexical JSON to sanitized HTML; null when the value is empty or not rich text. */
export const lexicalToSafeHtml = (value: unknown, siteUrl: string, internalHref?: InternalHref): string | null => {
  const data = value as LexicalValue
  if (!data || typeof data !== 'object' || !data.root || !Array.isArray(data.root.children) || !data.root.children.length) {
    return null
  }
  let html: string
  try {
    html = convertLexicalToHTML({
      data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
      converters: buildConverters(siteUrl, internalHref),
      disableContainer: true,
      disableIndent: true,
      disableTextAlign: true,
    })
  } catch {
    return null
  }
  const clean = sanitizeFeedHtml(html, siteUrl).trim()
  return clean || null
}

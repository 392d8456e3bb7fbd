type LexNode = { type?: unknown; fields?: { linkType?: unknown; url?: unknown } | null; children?: unknown }

/**
 * The addresses of a Lexical value's link and autolink nodes, as written. Internal links point
 * at portal documents by id and have no address of their own.
 */
export const richTextLinks = (value: unknown): string[] => {
  const urls: string[] = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, fields, children } = node as LexNode
    if ((type === 'link' || type === 'autolink') && fields?.linkType !== 'internal' && typeof fields?.url === 'string') {
      urls.push(fields.url)
    }
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit((value as { root?: unknown } | null | undefined)?.root)
  return urls
}

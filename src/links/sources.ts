import type { LinkSources } from './collect'

/**
 * Published content whose outbound links are checked: every rich text field (links and
 * autolinks) plus these plain URL fields.
 */
export const linkSources: LinkSources = {
  services: ['onlineApplication.url', 'offices.website'],
  news: ['originalUrl'],
  'policy-interpretations': [],
  'policy-documents': ['originalUrl'],
}

import { allLocales, type Locale, sourceLocale } from './locales'

/** Best content language for an Accept-Language header (q-values honoured, zh-CN -> zh). */
export const negotiateLocale = (header: string | undefined): Locale => {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { primary: tag.split('-')[0], q: q ? Number(q.slice(2)) : 1, index }
    })
    .filter(({ primary, q }) => primary && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const match = ranked.find(({ primary }) => (allLocales as readonly string[]).includes(primary))
  return (match?.primary as Locale | undefined) ?? sourceLocale
}

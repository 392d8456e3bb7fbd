/**
 * Terminology consistency across approved documents of one language. Alignment is by known
 * renderings, not by statistics, so every result can be explained: for each Chinese term that
 * occurs in a source field (same matching as the terminology check: whitespace ignored, longest
 * term first), look for each of the term's known renderings (glossary approved rendering,
 * translations the translation memory holds for the term itself) in the same field of the
 * target, compared as the terminology check compares (case-insensitive for Latin and Cyrillic
 * scripts, whitespace-insensitive). A field with none of them counts as "other rendering".
 * A term is inconsistent when the approved documents using it fall into two or more variants.
 */
import { targetNormalizer, termsOccurring } from '../../translation/terminology'

export type KnownTerm = {
  term: string
  /** Known renderings in the target language; the first is the approved one when the glossary has it. */
  renderings: string[]
  origin: 'glossary' | 'memory'
}

export type DocumentRef = { collection: string; id: string | number; title: string; url: string }

export type AlignedField = DocumentRef & { field: string; source: string; target: string }

export type TermVariant = {
  /** The rendering found in the target, or null: none of the known renderings. */
  rendering: string | null
  /** Documents using this variant. */
  count: number
  documents: (DocumentRef & { fields: string[] })[]
}

export type TermInconsistency = {
  term: string
  origin: KnownTerm['origin']
  /** The glossary's approved rendering, if any. */
  approved: string | null
  /** Approved documents in which the term occurs. */
  documents: number
  variants: TermVariant[]
}

/** Known renderings in `target`, leaving out those that only occur inside a longer one found. */
const renderingsIn = (target: string, known: KnownTerm, normalize: (text: string) => string): string[] => {
  const text = normalize(target)
  const found = known.renderings.filter((rendering) => {
    const form = normalize(rendering)
    return form !== '' && text.includes(form)
  })
  return found.filter(
    (rendering) => !found.some((other) => other !== rendering && normalize(other).includes(normalize(rendering))),
  )
}

export const alignTerms = (
  fields: readonly AlignedField[],
  known: readonly KnownTerm[],
  locale: string,
  minDocuments = 2,
): TermInconsistency[] => {
  const normalize = targetNormalizer(locale)
  const byTerm = new Map(known.map((entry) => [entry.term, entry]))
  const terms = [...byTerm.keys()]
  // term → variant (rendering or '') → document key → document with its fields
  const seen = new Map<string, Map<string, Map<string, DocumentRef & { fields: string[] }>>>()
  for (const field of fields) {
    if (!field.target.trim()) continue
    for (const term of termsOccurring(field.source, terms)) {
      const found = renderingsIn(field.target, byTerm.get(term)!, normalize)
      const variants = seen.get(term) ?? new Map()
      seen.set(term, variants)
      for (const rendering of found.length > 0 ? found : ['']) {
        const documents = variants.get(rendering) ?? new Map()
        variants.set(rendering, documents)
        const key = `${field.collection}/${field.id}`
        const { collection, id, title, url } = field
        const document = documents.get(key) ?? { collection, id, title, url, fields: [] }
        if (!document.fields.includes(field.field)) document.fields.push(field.field)
        documents.set(key, document)
      }
    }
  }
  const report: TermInconsistency[] = []
  for (const [term, variants] of seen) {
    const documents = new Set([...variants.values()].flatMap((docs) => [...docs.keys()]))
    if (variants.size < 2 || documents.size < minDocuments) continue
    const { origin, renderings } = byTerm.get(term)!
    report.push({
      term,
      origin,
      approved: origin === 'glossary' ? renderings[0] : null,
      documents: documents.size,
      variants: [...variants]
        .map(([rendering, docs]) => ({ rendering: rendering || null, count: docs.size, documents: [...docs.values()] }))
        .sort((a, b) => b.count - a.count || String(a.rendering).localeCompare(String(b.rendering))),
    })
  }
  return report.sort((a, b) => b.documents - a.documents || a.term.localeCompare(b.term))
}

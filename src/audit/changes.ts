/** Bookkeeping every document has, never worth an audit line. */
const bookkeeping = new Set(['id', 'createdAt', 'updatedAt', '_status', 'translation', 'sizes', 'url', 'thumbnailURL'])

/** A related document as the id it is stored as: `doc` may come populated, `previousDoc` does not. */
const stored = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stored)
  return value && typeof value === 'object' && 'id' in value && 'updatedAt' in value ? (value as { id: unknown }).id : value
}

const shown = (value: unknown): string | undefined => {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return value.length <= 80 ? `"${value}"` : undefined
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'))
    return value.join(', ') || '—'
  return undefined
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && !('root' in (value as object))

/**
 * What a save changed, field by field: `approved.en: "visa" → "entry visa"` for short plain
 * values, the field's name alone for the rest (rich text, lists, relations). Fields named in
 * `hidden` are never compared, so secrets stay out.
 */
export const describeChanges = (
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  hidden: readonly string[] = [],
  prefix = '',
): string[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => !bookkeeping.has(name) && !hidden.includes(name))
    .flatMap((name) => {
      const [old, now] = [stored(before[name]), stored(after[name])]
      if (isGroup(old) && isGroup(now)) return describeChanges(old, now, [], `${prefix}${name}.`)
      if (JSON.stringify(old ?? null) === JSON.stringify(now ?? null)) return []
      const [from, to] = [shown(old), shown(now)]
      return [from !== undefined && to !== undefined ? `${prefix}${name}: ${from} → ${to}` : `${prefix}${name}`]
    })

/**
 * Last line of defence for secrets that end up inside strings (a message, a URL, an error's
 * stack): every log line is scrubbed before it is written. Structured fields are redacted by
 * path in loggerOptions; this catches what has a recognisable shape or a known value.
 */
const patterns: [RegExp, string][] = [
  // Partner API keys.
  [/isp_[A-Za-z0-9_-]+/g, 'isp_[redacted]'],
  // Authorization header values written out as text.
  [/\b(Bearer|JWT|Basic|DeepL-Auth-Key)\s+[^\s",]+/gi, '$1 [redacted]'],
  // Passwords in connection URLs (DATABASE_URL, REDIS_URL).
  [/(\/\/[^:/@\s"]*):[^@/\s"]*@/g, '$1:***@'],
]

/** Secret values from the environment whose shape says nothing; matched literally. */
const secretNames = ['PAYLOAD_SECRET', 'DEEPL_AUTH_KEY']

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

let cached: { key: string; pattern: RegExp | null } = { key: '', pattern: null }

// Read at each line (tests and tools set them late), compiled only when they change.
const literalSecrets = (): RegExp | null => {
  const key = secretNames.map((name) => process.env[name] ?? '').join('\n')
  if (key === cached.key) return cached.pattern
  const values = secretNames
    .map((name) => process.env[name])
    .filter((value): value is string => Boolean(value && value.length >= 8))
    // In a JSON line a value appears escaped.
    .flatMap((value) => [value, JSON.stringify(value).slice(1, -1)])
  const pattern = values.length > 0 ? new RegExp([...new Set(values)].map(escapeRegExp).join('|'), 'g') : null
  cached = { key, pattern }
  return pattern
}

export const scrubSecrets = (text: string): string => {
  let result = patterns.reduce((line, [pattern, replacement]) => line.replace(pattern, replacement), text)
  const literal = literalSecrets()
  if (literal) result = result.replace(literal, '[redacted]')
  return result
}

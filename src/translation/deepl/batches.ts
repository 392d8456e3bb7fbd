/** DeepL's limits for one request: 50 texts and 128 KiB of body. */
export const maxTextsPerRequest = 50
export const maxRequestBytes = 128 * 1024

/** Room kept for the other form fields (languages, glossary id, context, options). */
const reservedBytes = 4 * 1024

const encodedSize = (text: string) => Buffer.byteLength(`text=${encodeURIComponent(text)}&`)

/**
 * Splits texts into request-sized batches, in order. A single text larger than a request can
 * carry is an error a person must fix (split the paragraph), not something to send and fail.
 */
export const batchTexts = (texts: string[], extraBytes = 0): string[][] => {
  const budget = maxRequestBytes - reservedBytes - extraBytes
  const batches: string[][] = []
  let current: string[] = []
  let size = 0
  for (const text of texts) {
    const bytes = encodedSize(text)
    if (bytes > budget) {
      throw new Error(`A text of ${text.length} characters is too long for one DeepL request; split it into shorter paragraphs.`)
    }
    if (current.length === maxTextsPerRequest || size + bytes > budget) {
      batches.push(current)
      current = []
      size = 0
    }
    current.push(text)
    size += bytes
  }
  if (current.length > 0) batches.push(current)
  return batches
}

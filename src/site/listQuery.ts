/** `?page=` and `?topic=` of a list page; null for anything malformed (the page answers 404). */
export type SearchParams = Record<string, string | string[] | undefined>

export type ListQuery = { page: number; topic: string | undefined }

const pagePattern = /^[1-9]\d{0,5}$/
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const parseListQuery = ({ page, topic }: SearchParams): ListQuery | null => {
  if (Array.isArray(page) || Array.isArray(topic)) return null
  if (page !== undefined && !pagePattern.test(page)) return null
  if (topic !== undefined && topic !== '' && !slugPattern.test(topic)) return null
  return { page: page ? Number(page) : 1, topic: topic || undefined }
}

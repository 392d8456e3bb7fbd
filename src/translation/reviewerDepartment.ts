import type { Payload } from 'payload'

import { type Locale, sourceLocale } from '../localization/locales'

type ReviewRecord = { reviewerDepartment?: string | null }

const recordOf = (doc: object) => (doc as { translation?: ReviewRecord | null }).translation

/**
 * The public name in `locale` of each department given as approval records it: the department
 * on the reviewer's account, in Chinese (市政府外办). One that is the Chinese name or abbreviation
 * of a source department gets that department's name as the public reads it (its approved
 * translation, else the Chinese name); any other stays as written.
 */
const departmentNames = async (payload: Payload, departments: string[], locale: Locale): Promise<Map<string, string>> => {
  const names = new Map<string, string>()
  await Promise.all(
    [...new Set(departments)].map(async (department) => {
      const { docs } = await payload.find({
        collection: 'sources',
        locale,
        where: {
          or: [
            { [`name.${sourceLocale}`]: { equals: department } },
            { [`abbreviation.${sourceLocale}`]: { equals: department } },
          ],
        },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: false,
      })
      if (docs[0]?.name) names.set(department, docs[0].name)
    }),
  )
  return names
}

/**
 * Documents read in `locale` with the reviewer's department of their translation record in the
 * reader's language where the department is a source department (see departmentNames).
 */
export const withReviewerDepartments = async <T extends object>(payload: Payload, docs: T[], locale: Locale): Promise<T[]> => {
  const departments = docs.flatMap((doc) => recordOf(doc)?.reviewerDepartment || [])
  if (locale === sourceLocale || departments.length === 0) return docs
  const names = await departmentNames(payload, departments, locale)
  return docs.map((doc) => {
    const record = recordOf(doc)
    const name = names.get(record?.reviewerDepartment ?? '')
    return name ? { ...doc, translation: { ...record, reviewerDepartment: name } } : doc
  })
}

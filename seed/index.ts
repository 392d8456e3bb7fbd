import type { Payload } from 'payload'

import { approveLanguage } from '../src/translation/approve'
import { translationGroupName } from '../src/translation/sourceFields'
import { collections } from './data'
import type { Ref, SeedCollection, SeedDoc } from './types'

type Ids = Map<string, string | number>

const isRef = (value: unknown): value is Ref => typeof value === 'object' && value !== null && '$ref' in value

/** Replaces refs with ids, recursively. */
const resolve = (value: unknown, ids: Ids): unknown => {
  if (isRef(value)) {
    const id = ids.get(`${value.$ref}:${value.key}`)
    if (id === undefined) throw new Error(`Seed refers to ${value.$ref} "${value.key}", which is not seeded before it.`)
    return id
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, ids))
  if (value && typeof value === 'object' && !('root' in value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, ids)]))
  }
  return value
}

/**
 * A translation of an array must reuse the row ids of the stored document, or Payload would
 * treat it as new rows and drop the other languages.
 */
const withRowIds = (translation: unknown, stored: unknown): unknown => {
  if (Array.isArray(translation) && Array.isArray(stored)) {
    return translation.map((row, index) => ({ ...(withRowIds(row, stored[index]) as object), id: stored[index]?.id }))
  }
  if (translation && typeof translation === 'object' && !('root' in translation) && stored && typeof stored === 'object') {
    return Object.fromEntries(
      Object.entries(translation).map(([key, item]) => [key, withRowIds(item, (stored as Record<string, unknown>)[key])]),
    )
  }
  return translation
}

const seedDoc = async (payload: Payload, { collection, keyField }: SeedCollection, doc: SeedDoc, ids: Ids) => {
  const existing = await payload.find({
    collection,
    where: { [keyField]: { equals: doc.data[keyField] } },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  if (existing.docs[0]) {
    ids.set(`${collection}:${doc.key}`, existing.docs[0].id)
    return false
  }
  const status = doc.draft ? 'draft' : 'published'
  const hasDrafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const created = await payload.create({
    collection,
    data: { ...(resolve(doc.data, ids) as object), ...(hasDrafts ? { _status: status } : {}) },
    locale: 'zh',
    draft: hasDrafts && doc.draft,
    overrideAccess: true,
    context: { seeding: true },
  } as Parameters<Payload['create']>[0])
  const config = payload.collections[collection].config
  const translatable = config.fields.some((field) => 'name' in field && field.name === translationGroupName)
  for (const [locale, translation] of Object.entries(doc.translations ?? {})) {
    const updated = await payload.update({
      collection,
      id: created.id,
      locale: locale as 'en',
      data: { ...(withRowIds(translation, created) as object), ...(hasDrafts ? { _status: status } : {}) },
      draft: hasDrafts && doc.draft,
      overrideAccess: true,
      context: { seeding: true },
    })
    // Demo translations are human work, approved by the demo reviewer.
    if (translatable) {
      const record = (updated as unknown as Record<string, Record<string, unknown>>)[translationGroupName]
      const reviewerId = ids.get('users:reviewer')
      await approveLanguage({ payload, collection: config, id: created.id, locale, record, reviewer: reviewerId ? { id: reviewerId, department: '市政府外办' } : null })
    }
  }
  ids.set(`${collection}:${doc.key}`, created.id)
  return true
}

/** Loads the demo content; documents that already exist (by natural key) are left alone. */
export const seed = async (payload: Payload): Promise<number> => {
  const ids: Ids = new Map()
  let created = 0
  for (const entry of collections) {
    for (const doc of entry.docs) {
      if (await seedDoc(payload, entry, doc, ids)) created += 1
    }
  }
  return created
}

/** First start on an empty database: load the demo content. */
export const seedIfEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('Empty database: loading demo content…')
  const created = await seed(payload)
  payload.logger.info(`Demo content loaded (${created} documents).`)
}

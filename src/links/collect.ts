import type { CollectionSlug, Field, Payload, SanitizedCollectionConfig, Where } from 'payload'

import { isHttpUrl } from '../../collections/fields/url'
import { allLocales, type Locale, sourceLocale } from '../localization/locales'
import { translationGroupName } from '../translation/sourceFields'
import { publicStates } from '../translation/states'
import { richTextLinks } from './richTextLinks'

/** Where a link appears: one field of one document, in one language (null: the field is the same in all). */
export type Usage = {
  collection: string
  docId: string
  title: string | null
  fieldPath: string
  locale: Locale | null
}

/** Collections whose published content is checked, with their plain URL fields (array rows without index). */
export type LinkSources = Partial<Record<CollectionSlug, readonly string[]>>

/** Long enough for any real link; longer ones are not stored (an index on them would fail). */
const maxUrlLength = 2048

/** A link as checked: absolute http(s), without its fragment (never sent to the server); else null. */
export const checkableUrl = (value: unknown): string | null => {
  if (typeof value !== 'string' || !isHttpUrl(value.trim())) return null
  const url = new URL(value.trim())
  url.hash = ''
  return url.href.length <= maxUrlLength ? url.href : null
}

type Leaf = { field: Field & { name: string }; path: string; value: unknown; localized: boolean }
type Data = Record<string, unknown>

const asData = (value: unknown): Data => (value && typeof value === 'object' ? (value as Data) : {})

/** Every named field holding a value, with its dotted path (array rows by index) and whether it varies by language. */
const leaves = (fields: Field[], data: Data, prefix: string, localized: boolean): Leaf[] =>
  fields.flatMap((field): Leaf[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? leaves(tab.fields, asData(data[tab.name]), `${prefix}${tab.name}.`, localized || Boolean(tab.localized))
          : leaves(tab.fields, data, prefix, localized),
      )
    }
    if (!('name' in field)) return 'fields' in field ? leaves(field.fields, data, prefix, localized) : []
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    const inner = localized || Boolean('localized' in field && field.localized)
    if (field.type === 'group') return leaves(field.fields, asData(value), `${path}.`, inner)
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, index) => leaves(field.fields, asData(row), `${path}.${index}.`, inner))
    }
    if (field.type === 'blocks' && Array.isArray(value)) {
      return value.flatMap((row, index) => {
        const block = field.blocks.find(({ slug }) => slug === asData(row).blockType)
        return block ? leaves(block.fields, asData(row), `${path}.${index}.`, inner) : []
      })
    }
    return [{ field, path, value, localized: inner }]
  })

/** `offices.2.website` → `offices.website`, as link fields are configured. */
const withoutIndexes = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '')

const linksOf = (leaf: Leaf, urlFields: readonly string[]): unknown[] => {
  if (leaf.field.type === 'richText') return richTextLinks(leaf.value)
  return urlFields.includes(withoutIndexes(leaf.path)) ? [leaf.value] : []
}

const sameUsage = (a: Usage, b: Usage) =>
  a.collection === b.collection && a.docId === b.docId && a.fieldPath === b.fieldPath && a.locale === b.locale

const isTranslatable = (collection: SanitizedCollectionConfig) =>
  collection.fields.some((field) => 'name' in field && field.name === translationGroupName)

/** What readers of one language can see: published documents, and for a target language only approved ones. */
const publicWhere = (collection: SanitizedCollectionConfig, locale: Locale): Where => {
  const conditions: Where[] = []
  if (collection.versions?.drafts) conditions.push({ _status: { equals: 'published' } })
  if (locale !== sourceLocale) conditions.push({ [`${translationGroupName}.state`]: { in: [...publicStates] } })
  return { and: conditions }
}

const pageSize = 100

/**
 * Every http(s) link of published content, with where it is used. Each language is read on its
 * own without fallback, so a link is attributed to the language whose text holds it; fields that
 * are the same in every language are read once, from the Chinese (always public when published).
 * mailto:, tel:, ftp:, javascript: and relative links are not links to check.
 */
export const collectLinks = async (payload: Payload, sources: LinkSources): Promise<Map<string, Usage[]>> => {
  const links = new Map<string, Usage[]>()
  for (const [slug, urlFields = []] of Object.entries(sources) as [CollectionSlug, readonly string[]][]) {
    const collection = payload.collections[slug].config
    const titleField = collection.admin?.useAsTitle
    const locales = isTranslatable(collection) ? allLocales : [sourceLocale]
    for (const locale of locales) {
      for (let page = 1, more = true; more; page += 1) {
        const result = await payload.find({
          collection: slug,
          locale,
          fallbackLocale: false,
          draft: false,
          depth: 0,
          overrideAccess: true,
          where: publicWhere(collection, locale),
          sort: 'id',
          page,
          limit: pageSize,
        })
        more = result.hasNextPage
        for (const doc of result.docs as unknown as Data[]) {
          const title = titleField && typeof doc[titleField] === 'string' ? (doc[titleField] as string) : null
          for (const leaf of leaves(collection.fields, doc, '', false)) {
            if (!leaf.localized && locale !== sourceLocale) continue
            for (const url of linksOf(leaf, urlFields).map(checkableUrl)) {
              if (!url) continue
              const usage: Usage = {
                collection: slug,
                docId: String(doc.id),
                title,
                fieldPath: leaf.path,
                locale: leaf.localized ? locale : null,
              }
              const usages = links.get(url) ?? []
              if (!usages.some((each) => sameUsage(each, usage))) usages.push(usage)
              links.set(url, usages)
            }
          }
        }
      }
    }
  }
  return links
}

import type { Access, CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { translationField } from '../../collections/fields/translation'
import { approvedLanguageFilter } from '../access/approvedLanguageFilter'
import { canEditLanguage } from '../access/canEditLanguage'
import { staffRole } from '../access/roles'
import { bulkTranslationEndpoint } from './endpoints/requestBulkTranslation'
import { machineTranslationEndpoint } from './endpoints/requestMachineTranslation'
import { workflowEndpoint } from './endpoints/workflowAction'
import { guardPublicReads } from './hooks/guardPublicReads'
import { hideUnapprovedLanguages } from './hooks/hideUnapprovedLanguages'
import { keepTranslationsInDraft } from './hooks/keepTranslationsInDraft'
import { markOutdatedTranslations } from './hooks/markOutdatedTranslations'
import { recordTranslationEdits } from './hooks/recordTranslationEdits'

type Options = {
  /** Collections whose documents are translated and reviewed per language. */
  collections: CollectionSlug[]
  /**
   * Collections that stay readable in every language (media must be served whatever its alt
   * text's state): an unapproved language shows the Chinese text instead of hiding the document.
   */
  alwaysReadable?: CollectionSlug[]
}

/** The collection's own read rule, narrowed for the public to approved languages. */
const approvedLanguagesOnly =
  (read: Access | undefined): Access =>
  async (args) => {
    const base = read ? await read(args) : Boolean(args.req.user)
    const filter = staffRole(args.req) ? null : approvedLanguageFilter(args.req)
    if (!filter || base === false) return base
    return base === true ? filter : { and: [base, filter] }
  }

const withWorkflow = (collection: CollectionConfig, alwaysReadable: boolean): CollectionConfig => ({
  ...collection,
  access: {
    ...collection.access,
    read: alwaysReadable ? collection.access?.read : approvedLanguagesOnly(collection.access?.read),
    update: canEditLanguage,
  },
  fields: [...collection.fields, translationField()],
  hooks: {
    ...collection.hooks,
    beforeOperation: [guardPublicReads, keepTranslationsInDraft, ...(collection.hooks?.beforeOperation ?? [])],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), recordTranslationEdits],
    afterChange: [...(collection.hooks?.afterChange ?? []), markOutdatedTranslations],
    afterRead: [...(collection.hooks?.afterRead ?? []), hideUnapprovedLanguages],
  },
  endpoints: [
    ...(collection.endpoints || []),
    bulkTranslationEndpoint(collection.slug as CollectionSlug),
    machineTranslationEndpoint(collection.slug as CollectionSlug),
    workflowEndpoint(collection.slug as CollectionSlug),
  ],
})

/**
 * The per-language review workflow: a localized `translation` record on every listed
 * collection, language-aware write access, outdated detection, workflow endpoints, and public
 * reads gated to approved languages through every door (REST, GraphQL, depth, locale=all).
 */
export const translationWorkflow =
  ({ collections, alwaysReadable = [] }: Options): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collections.includes(collection.slug as CollectionSlug)
        ? withWorkflow(collection, alwaysReadable.includes(collection.slug as CollectionSlug))
        : collection,
    ),
  })

import type { Access, CollectionConfig, CollectionSlug, Config, Plugin, UIField } from 'payload'

import { translationField } from '../../collections/fields/translation'
import { allOf } from '../access/allOf'
import { approvedLanguageFilter } from '../access/approvedLanguageFilter'
import { canEditLanguage } from '../access/canEditLanguage'
import { isStaff } from '../access/isStaff'
import { dashboardEndpoint } from './endpoints/dashboard'
import { bulkTranslationEndpoint } from './endpoints/requestBulkTranslation'
import { machineTranslationEndpoint } from './endpoints/requestMachineTranslation'
import { translationStatusEndpoint } from './endpoints/translationStatus'
import { workflowEndpoint } from './endpoints/workflowAction'
import { guardPublicReads } from './hooks/guardPublicReads'
import { hideUnapprovedLanguages } from './hooks/hideUnapprovedLanguages'
import { keepTranslationsInDraft } from './hooks/keepTranslationsInDraft'
import { markOutdatedTranslations } from './hooks/markOutdatedTranslations'
import { publishSourceLanguageOnly } from './hooks/publishSourceLanguageOnly'
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

/** The collection's own read rule (staff only if it has none), narrowed for the public to approved languages. */
const approvedLanguagesOnly = (read: Access | undefined): Access => allOf(read ?? isStaff, approvedLanguageFilter)

const withWorkflow = (collection: CollectionConfig, alwaysReadable: boolean): CollectionConfig => ({
  ...collection,
  access: {
    ...collection.access,
    read: alwaysReadable ? collection.access?.read : approvedLanguagesOnly(collection.access?.read),
    update: canEditLanguage,
  },
  // The panel comes first in the sidebar; a `ui` field stores nothing.
  fields: [translationPanelField, ...collection.fields, translationField()],
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      guardPublicReads,
      keepTranslationsInDraft,
      publishSourceLanguageOnly,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), recordTranslationEdits],
    afterChange: [...(collection.hooks?.afterChange ?? []), markOutdatedTranslations],
    afterRead: [...(collection.hooks?.afterRead ?? []), hideUnapprovedLanguages],
  },
  endpoints: [
    ...(collection.endpoints || []),
    bulkTranslationEndpoint(collection.slug as CollectionSlug),
    machineTranslationEndpoint(collection.slug as CollectionSlug),
    workflowEndpoint(collection.slug as CollectionSlug),
    translationStatusEndpoint(collection.slug as CollectionSlug),
  ],
})

/** Admin components, by path relative to `admin.importMap.baseDir` (src/). */
const adminComponents = {
  panel: '/translation/admin/TranslationPanel#TranslationPanel',
  navLink: '/translation/admin/NavLink#TranslationsNavLink',
  dashboard: '/translation/admin/DashboardView#DashboardView',
  review: '/translation/admin/ReviewView#ReviewView',
}

/** Every language's state with its actions, in the sidebar of each translatable document. */
const translationPanelField: UIField = {
  name: 'translationPanel',
  type: 'ui',
  admin: { position: 'sidebar', disableListColumn: true, components: { Field: adminComponents.panel } },
}

/** The dashboard (/admin/translations), the review view and a link to the dashboard in the nav. */
const withAdmin = (admin: Config['admin']): Config['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    afterNavLinks: [...(admin?.components?.afterNavLinks ?? []), adminComponents.navLink],
    views: {
      ...admin?.components?.views,
      translationDashboard: { Component: adminComponents.dashboard, path: '/translations', exact: true },
      translationReview: { Component: adminComponents.review, path: '/translation-review/:collection/:id/:locale', exact: true },
    },
  },
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
    admin: withAdmin(config.admin),
    endpoints: [...(config.endpoints ?? []), dashboardEndpoint],
    collections: (config.collections ?? []).map((collection) =>
      collections.includes(collection.slug as CollectionSlug)
        ? withWorkflow(collection, alwaysReadable.includes(collection.slug as CollectionSlug))
        : collection,
    ),
  })

import type { CollectionConfig, Config, Plugin, UIField } from 'payload'

import { LinkChecks } from '../../collections/LinkChecks'
import { withAdminView } from '../plugins/adminView'
import { showApplicationLinkCheck } from './applicationLink'

/** Admin components, by path relative to `admin.importMap.baseDir` (src/). */
const adminComponents = {
  notice: '/links/admin/ApplicationLinkNotice#ApplicationLinkNotice',
  navLink: '/links/admin/NavLink#BrokenLinksNavLink',
  dashboard: '/links/admin/BrokenLinksView#BrokenLinksView',
}

/** Whether the online application link works, at the top of a service's sidebar; stores nothing. */
const applicationLinkNotice: UIField = {
  name: 'applicationLinkCheck',
  type: 'ui',
  admin: { position: 'sidebar', disableListColumn: true, components: { Field: adminComponents.notice } },
}

const withApplicationLinkCheck = (services: CollectionConfig): CollectionConfig => ({
  ...services,
  fields: [applicationLinkNotice, ...services.fields],
  hooks: { ...services.hooks, afterRead: [...(services.hooks?.afterRead ?? []), showApplicationLinkCheck] },
})

/**
 * Service-link inspection: the `link-checks` collection the checkLinks job fills, each service's
 * application link state (in its API answer and its sidebar), and the broken-links dashboard
 * (/admin/broken-links) with its navigation link.
 */
export const linkInspection =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: withAdminView(config.admin, {
      name: 'brokenLinks',
      path: '/broken-links',
      Component: adminComponents.dashboard,
      navLink: adminComponents.navLink,
    }),
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collection.slug === 'services' ? withApplicationLinkCheck(collection) : collection,
      ),
      LinkChecks,
    ],
  })

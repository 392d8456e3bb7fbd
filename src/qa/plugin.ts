import type { Config, Plugin } from 'payload'

import { withAdminView } from '../plugins/adminView'
import { qaEndpoints } from './endpoints'

/** Admin components, by path relative to `admin.importMap.baseDir` (src/). */
const adminComponents = {
  navLink: '/qa/admin/NavLink#QaNavLink',
  dashboard: '/qa/admin/QaDashboardView#QaDashboardView',
}

/**
 * Language QA across the corpus: the QA dashboard (/admin/qa) with its navigation link, and the
 * staff endpoints behind it (/api/qa/dashboard, /api/qa/terminology). The per-document checks
 * (facts, terminology, readability) live with the translation workflow's review view.
 */
export const languageQa =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: withAdminView(config.admin, {
      name: 'qaDashboard',
      path: '/qa',
      Component: adminComponents.dashboard,
      navLink: adminComponents.navLink,
    }),
    endpoints: [...(config.endpoints ?? []), ...qaEndpoints],
  })

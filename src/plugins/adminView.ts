import type { Config } from 'payload'

type AdminView = {
  /** Key of the view in `admin.components.views`. */
  name: string
  /** Path under /admin. */
  path: `/${string}`
  /** The view and its navigation link, by import-map path. */
  Component: string
  navLink: string
}

/** The admin config with one more custom view and its link after the navigation's links. */
export const withAdminView = (admin: Config['admin'], { name, path, Component, navLink }: AdminView): Config['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    afterNavLinks: [...(admin?.components?.afterNavLinks ?? []), navLink],
    views: { ...admin?.components?.views, [name]: { Component, path, exact: true } },
  },
})

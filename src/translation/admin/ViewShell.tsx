import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { staffRole } from '../../access/roles'
import './translation.scss'

type StepNavItem = Parameters<typeof SetStepNav>[0]['nav'][number]

/**
 * Custom root views are rendered bare and treated as public by Payload: this sends anonymous
 * visitors to the login page and returns the staff member's admin language, or null for
 * signed-in people who are not staff.
 */
export const requireStaff = (props: AdminViewServerProps, path: string): { language: string; staff: boolean } => {
  const { req } = props.initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) {
    const login = `${adminRoute}${req.payload.config.admin.routes.login}`
    redirect(`${login}?redirect=${encodeURIComponent(`${adminRoute}${path}`)}`)
  }
  return { language: req.i18n.language, staff: Boolean(staffRole(req)) }
}

/** The admin's frame (navigation, header, breadcrumbs) around one of the translation views. */
export const ViewShell = ({
  props,
  stepNav,
  className,
  children,
}: {
  props: AdminViewServerProps
  stepNav: StepNavItem[]
  className?: string
  children: ReactNode
}) => {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={props.user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={stepNav} />
      <Gutter className={['tw-view', className].filter(Boolean).join(' ')}>{children}</Gutter>
    </DefaultTemplate>
  )
}

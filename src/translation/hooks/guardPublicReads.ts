import type { CollectionBeforeOperationHook } from 'payload'

import { staffRole } from '../../access/roles'
import { sourceLocale } from '../../localization/locales'

/**
 * Public reads never see drafts and never fall back to an unreviewed language:
 * `draft=true` reads the published version (the access rule hides drafts; this keeps the
 * published text reachable instead of an empty list), and a missing field falls back to the
 * Chinese source only, whatever `fallback-locale` asked for.
 */
export const guardPublicReads: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' || overrideAccess || staffRole(req)) return args
  if (req.fallbackLocale !== false && req.fallbackLocale !== 'none') req.fallbackLocale = sourceLocale
  return 'draft' in args && args.draft ? { ...args, draft: false } : args
}

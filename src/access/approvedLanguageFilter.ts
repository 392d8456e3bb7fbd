import type { PayloadRequest, Where } from 'payload'

import { targetLocales } from '../localization/locales'
import { publicStates } from '../translation/states'

/**
 * For a public read in a target language, the query condition that keeps only documents whose
 * translation into that language is approved (or approved and since outdated). Chinese and
 * `locale=all` reads need none here: `all` is filtered per language after reading.
 */
export const approvedLanguageFilter = (req: PayloadRequest): Where | null =>
  req.locale && (targetLocales as readonly string[]).includes(req.locale)
    ? { 'translation.state': { in: [...publicStates] } }
    : null

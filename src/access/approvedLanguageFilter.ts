import type { Access } from 'payload'

import { targetLocales } from '../localization/locales'
import { publicStates } from '../translation/states'
import { staffRole } from './roles'

/**
 * A public read in a target language finds only documents whose translation into that language
 * is approved (or approved and since outdated); staff read every language. Chinese and
 * `locale=all` reads need no condition here: `all` is filtered per language after reading.
 */
export const approvedLanguageFilter: Access = ({ req }) =>
  !staffRole(req) && req.locale && (targetLocales as readonly string[]).includes(req.locale)
    ? { 'translation.state': { in: [...publicStates] } }
    : true

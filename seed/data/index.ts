import type { SeedCollection } from '../types'
import { glossary } from './glossary'
import { news } from './news'
import { policyDocuments } from './policyDocuments'
import { policyInterpretations } from './policyInterpretations'
import { services } from './services'
import { sources } from './sources'
import { topics } from './topics'
import { users } from './users'
import { zones } from './zones'

/** In dependency order: a collection only refers to those before it. */
export const collections: SeedCollection[] = [
  users,
  sources,
  topics,
  zones,
  glossary,
  policyDocuments,
  services,
  policyInterpretations,
  news,
]

/** UI words that depend on a value: each key is written out, so the locale test can see it is used. */
import type { TFunction } from 'i18next'

import type { PolicyDocument, PolicyInterpretation } from '../payload-types'
import type { SiteSection } from './urls'

export const sectionLabels = (t: TFunction): Record<SiteSection, { title: string; intro: string }> => ({
  news: { title: t('news'), intro: t('newsIntro') },
  services: { title: t('services'), intro: t('servicesIntro') },
  'policy-interpretations': { title: t('policies'), intro: t('policiesIntro') },
  'policy-documents': { title: t('documents'), intro: t('documentsIntro') },
  zones: { title: t('zones'), intro: t('zonesIntro') },
  topics: { title: t('topics'), intro: t('topicsIntro') },
  sources: { title: t('departments'), intro: t('departmentsIntro') },
})

export const validityLabel = (t: TFunction, validity: PolicyDocument['validity']): string =>
  ({
    not_yet_effective: t('validityNotYetEffective'),
    in_force: t('validityInForce'),
    amended: t('validityAmended'),
    repealed: t('validityRepealed'),
    expired: t('validityExpired'),
  })[validity]

type Audience = NonNullable<PolicyInterpretation['audience']>[number]

export const audienceLabel = (t: TFunction, audience: Audience): string =>
  ({
    residents: t('audienceResidents'),
    professionals: t('audienceProfessionals'),
    students: t('audienceStudents'),
    businesses: t('audienceBusinesses'),
    visitors: t('audienceVisitors'),
  })[audience]

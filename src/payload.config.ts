import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { DeeplGlossaries } from '../collections/DeeplGlossaries'
import { Glossary } from '../collections/Glossary'
import { Media } from '../collections/Media'
import { News } from '../collections/News'
import { Partners } from '../collections/Partners'
import { staffOnlySystemCollections } from '../collections/Partners/systemCollections'
import { PolicyDocuments } from '../collections/PolicyDocuments'
import { PolicyInterpretations } from '../collections/PolicyInterpretations'
import { Services } from '../collections/Services'
import { Sources } from '../collections/Sources'
import { Topics } from '../collections/Topics'
import { TranslationBatches } from '../collections/TranslationBatches'
import { TranslationMemory } from '../collections/TranslationMemory'
import { Users } from '../collections/Users'
import { WebhookDeliveries } from '../collections/WebhookDeliveries'
import { Zones } from '../collections/Zones'
import { isStaff } from './access/isStaff'
import { auditTrail } from './audit/plugin'
import { clusterCoordination } from './cluster/plugin'
import { databaseAdapter, defaultDatabaseUrl } from './db/adapter'
import { deliverWebhookTask } from './jobs/deliverWebhook'
import { dispatchWebhooksTask } from './jobs/dispatchWebhooks'
import { translateBatchTask } from './jobs/translateBatch'
import { feedChanges } from './feed/plugin'
import { translateDocumentTask } from './jobs/translateDocument'
import { checkLinksTask } from './jobs/checkLinks'
import { maintenanceQueue } from './jobs/maintenanceQueue'
import { scheduleQueue } from './jobs/scheduleQueue'
import { linkInspection } from './links/plugin'
import { reviewCycles } from './reviews/plugin'
import { scheduledPublishing } from './schedule/plugin'
import { localeConfigs, sourceLocale } from './localization/locales'
import { loggerOptions } from './logging/loggerOptions'
import { languageQa } from './qa/plugin'
import { siteSearch } from './search/plugin'
import { searchTypes } from './search/types'
import { readSecret } from './secret'
import { siteCacheRefresh } from './site/plugin'
import { translationWorkflow } from './translation/plugin'
import { webhooksQueue } from './webhooks/queue'
import { maxUploadBytes } from './uploads/limits'

// Not import.meta.dirname: Next's server bundle does not define it.
const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · International Services Portal' },
    importMap: { baseDir: dirname },
  },
  collections: [
    News,
    PolicyDocuments,
    PolicyInterpretations,
    Services,
    Zones,
    Topics,
    Sources,
    Glossary,
    Media,
    Users,
    Partners,
    DeeplGlossaries,
    TranslationMemory,
    TranslationBatches,
    WebhookDeliveries,
  ],
  db: databaseAdapter(process.env.DATABASE_URL || defaultDatabaseUrl),
  editor: lexicalEditor(),
  graphQL: { schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql') },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
  },
  jobs: {
    // Payload lets anyone signed in queue, run and cancel jobs; partners sign in with their key too.
    access: { cancel: isStaff, queue: isStaff, run: isStaff },
    tasks: [translateDocumentTask, translateBatchTask, dispatchWebhooksTask, deliverWebhookTask, checkLinksTask],
    // Webhook jobs of one item and language (or one delivery) run one at a time.
    enableConcurrencyControl: true,
    // Finished jobs stay as the record of what each translation cost.
    deleteJobOnComplete: false,
    // The web process works the queue itself unless a separate `npm run worker` does.
    autoRun: [
      { cron: '*/10 * * * * *', queue: 'translation', limit: 5 },
      { cron: '*/2 * * * * *', queue: webhooksQueue, limit: 20 },
      // Also queues the scheduled tasks of this queue (the daily link check) when their time comes.
      { cron: '*/15 * * * * *', queue: maintenanceQueue, limit: 1 },
      // Scheduled publishes and withdrawals: due within 10 s of their time.
      { cron: '*/10 * * * * *', queue: scheduleQueue, limit: 10 },
    ],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: false, group: 'Translation' },
    }),
  },
  localization: {
    locales: localeConfigs,
    defaultLocale: sourceLocale,
    fallback: true,
  },
  logger: { options: loggerOptions },
  plugins: [
    feedChanges({ collections: ['news', 'services', 'policy-interpretations'] }),
    linkInspection(),
    // Review cycles: "mark reviewed" and the content-upkeep screen (src/reviews).
    reviewCycles(),
    // Scheduled publish and unpublish, by editors and admins only (src/schedule).
    scheduledPublishing(),
    translationWorkflow({
      collections: ['news', 'policy-interpretations', 'services', 'policy-documents', 'zones', 'topics', 'sources', 'media'],
      // Taxonomies and media stay readable in every language (Chinese words until approved), so
      // an approved article never loses its source department, topics or images.
      alwaysReadable: ['media', 'sources', 'topics', 'zones'],
    }),
    // Fact findings, readability and terminology across the corpus: the QA dashboard (src/qa).
    languageQa(),
    siteSearch({ collections: searchTypes }),
    // Who published, withdrew, deleted or changed what (src/audit).
    auditTrail({
      collections: [
        'news',
        'services',
        'policy-interpretations',
        'policy-documents',
        'zones',
        'topics',
        'sources',
        'media',
        'glossary',
        'users',
        'partners',
      ],
    }),
    // Several instances on one database (REDIS_URL): peers' writes clear this one's caches, one run per job queue at a time.
    clusterCoordination(),
    // Last, so the site refreshes after the workflow's own hooks have written.
    siteCacheRefresh({
      collections: ['news', 'policy-interpretations', 'services', 'policy-documents', 'zones', 'topics', 'sources', 'media'],
    }),
  ],
  secret: readSecret(),
  serverURL: process.env.PUBLIC_URL || '',
  sharp,
  telemetry: false,
  // Types are generated on purpose (npm run generate:types), not by every dev or test boot.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  upload: {
    limits: { fileSize: maxUploadBytes },
    abortOnLimit: true,
    responseOnLimit: `The file is larger than ${maxUploadBytes / 1024 / 1024} MB.`,
  },
}).then(staffOnlySystemCollections)

import { type TargetLanguageCode, Translator } from 'deepl-node'

import type { TargetLocale } from '../../localization/locales'

/** Machine translation is optional: without a key the rest of the portal works as usual. */
export const deeplConfigured = (): boolean => Boolean(process.env.DEEPL_AUTH_KEY)

export const notConfiguredMessage =
  'Machine translation is not configured: set DEEPL_AUTH_KEY (and DEEPL_SERVER_URL for a DeepL-compatible server).'

/** DeepL needs a variant for English; British English suits an international government portal. */
export const deeplTargetCode = (locale: TargetLocale): TargetLanguageCode =>
  locale === 'en' ? (process.env.DEEPL_ENGLISH_VARIANT === 'en-US' ? 'en-US' : 'en-GB') : locale

/**
 * The client itself retries only once and briefly: jobs have their own retry with backoff, and
 * a retry storm inside one job attempt would hold the worker for minutes.
 */
export const createTranslator = (): Translator => {
  const authKey = process.env.DEEPL_AUTH_KEY
  if (!authKey) throw new Error(notConfiguredMessage)
  return new Translator(authKey, {
    serverUrl: process.env.DEEPL_SERVER_URL || undefined,
    maxRetries: 1,
    minTimeout: Number(process.env.DEEPL_TIMEOUT_MS || 10_000),
    sendPlatformInfo: false,
  })
}

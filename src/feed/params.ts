import { allLocales, isLocale, type Locale } from '../localization/locales'
import { type FeedType, feedTypes } from './item'

/** Items per page of GET /feed/v1/items. */
export const pageLimits = { min: 1, max: 100, default: 50 } as const

export type ParamProblem = { status: 400; title: string; detail: string }

/** A feed language and list of types from the request, or the problem with them. */
export const parseLocaleAndTypes = (locale: unknown, types: string[]): { locale: Locale; types: FeedType[] } | ParamProblem => {
  if (typeof locale !== 'string' || locale === '') {
    return { status: 400, title: 'Missing locale', detail: `Add ?locale=, one of ${allLocales.join(', ')}.` }
  }
  if (!isLocale(locale)) {
    return {
      status: 400,
      title: 'Unknown locale',
      detail: `"${locale}" is not a portal language; use one of ${allLocales.join(', ')}.`,
    }
  }
  const unknown = types.find((type) => !(feedTypes as readonly string[]).includes(type))
  if (unknown !== undefined) {
    return { status: 400, title: 'Unknown type', detail: `"${unknown}" is not a feed type; use one of ${feedTypes.join(', ')}.` }
  }
  return { locale, types: types as FeedType[] }
}

/** The `type` query parameter as a list, or undefined when not given. */
export const typesParam = (value: unknown): string[] | undefined =>
  typeof value === 'string' && value ? value.split(',') : undefined

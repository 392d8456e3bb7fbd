/**
 * JSON Schemas (2020-12, the dialect of OpenAPI 3.1) of what the feed sends. Object properties are
 * typed against the TypeScript types the handlers build, and test/openapi.test.ts validates real
 * responses against them, so a field added to an item without a line here fails tsc or the tests.
 */
import { allLocales } from '../../localization/locales'
import { translationMethods, translationStates } from '../../translation/states'
import { webhookEventTypes } from '../../webhooks/events'
import { type FeedImageSize, type FeedItem, type FeedOffice, type FeedTerm, feedTypes, imageSizeNames } from '../item'

export type Schema = { [keyword: string]: unknown }

export const schemaRef = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })

const orNull = (type: string, extra: Schema = {}): Schema => ({ type: [type, 'null'], ...extra })
const dateTime = (description?: string): Schema => ({ type: 'string', format: 'date-time', ...(description && { description }) })
const nullableDateTime = (description: string): Schema => orNull('string', { format: 'date-time', description })
const uri = (description: string): Schema => ({ type: 'string', format: 'uri', description })

/** An object with exactly these properties, all required but the `optional` ones. */
const object = <T>(
  properties: { [K in keyof Required<T>]: Schema },
  { description, nullable = false, optional = [] }: { description?: string; nullable?: boolean; optional?: (keyof T)[] } = {},
): Schema => ({
  type: nullable ? ['object', 'null'] : 'object',
  ...(description && { description }),
  properties,
  required: Object.keys(properties).filter((name) => !optional.includes(name as keyof T)),
  additionalProperties: false,
})

type Translation = NonNullable<FeedItem['translation']>
type Service = NonNullable<FeedItem['service']>

export const schemas: Record<string, Schema> = {
  Locale: {
    type: 'string',
    enum: allLocales,
    description: 'A portal language: zh is the Chinese source, the others are reviewed translations.',
  },
  FeedType: { type: 'string', enum: feedTypes, description: 'A kind of content.' },
  FeedTerm: object<FeedTerm>(
    { id: { type: 'string' }, slug: { type: 'string' }, name: { type: 'string', description: 'In the requested language.' } },
    { description: 'A topic or zone.' },
  ),
  FeedImageSize: object<FeedImageSize>({
    url: uri('Absolute URL of the image file.'),
    width: orNull('integer'),
    height: orNull('integer'),
    mimeType: orNull('string', { examples: ['image/webp'] }),
  }),
  FeedOffice: object<FeedOffice>(
    {
      name: orNull('string'),
      address: orNull('string'),
      hours: orNull('string', { description: 'Opening hours, free text.' }),
      phone: orNull('string'),
      website: orNull('string', { format: 'uri' }),
      latitude: orNull('number', { minimum: -90, maximum: 90 }),
      longitude: orNull('number', { minimum: -180, maximum: 180 }),
    },
    { description: 'Where to apply in person.' },
  ),
  FeedItem: {
    ...object<FeedItem>(
      {
        id: { type: 'string', description: 'Stable across languages: (type, id, locale) names one item.' },
        type: schemaRef('FeedType'),
        locale: schemaRef('Locale'),
        title: { type: 'string' },
        summary: orNull('string'),
        bodyHtml: orNull('string', {
          description:
            'Sanitized HTML: no script, style, frames, event handlers or javascript: links; relative links made absolute. Safe to insert into your page.',
        }),
        url: uri('The item on the public portal, in this language.'),
        image: object<NonNullable<FeedItem['image']>>(
          {
            alt: orNull('string', { description: 'Alternative text in this language.' }),
            sizes: {
              type: 'object',
              description: `Renditions by name: ${imageSizeNames.join(', ')} (the WebP ones in WebP), or only "original" for images without renditions.`,
              propertyNames: { enum: [...imageSizeNames, 'original'] },
              additionalProperties: schemaRef('FeedImageSize'),
              minProperties: 1,
            },
          },
          { nullable: true },
        ),
        source: object<NonNullable<FeedItem['source']>>(
          {
            id: { type: 'string' },
            name: { type: 'string' },
            abbreviation: orNull('string'),
            website: orNull('string', { format: 'uri' }),
          },
          { nullable: true, description: 'The government department the content comes from.' },
        ),
        topics: { type: 'array', items: schemaRef('FeedTerm') },
        zones: { type: 'array', items: schemaRef('FeedTerm') },
        publishedAt: nullableDateTime('When the content was first published.'),
        updatedAt: dateTime('Last change of the content in any language.'),
        translation: object<Translation>(
          {
            method: orNull('string', { enum: [...translationMethods, null] }),
            reviewedAt: nullableDateTime('When a reviewer approved this language.'),
            reviewer: orNull('string', { description: "The reviewer's department." }),
            sourceUpdatedAt: nullableDateTime('The Chinese source version this translation was made from.'),
            state: {
              type: 'string',
              enum: translationStates,
              description: 'approved, or outdated: approved, then the Chinese source changed and the update is in translation.',
            },
          },
          { nullable: true, description: 'Provenance of this language; null for the Chinese source.' },
        ),
        alternates: {
          type: 'array',
          description: 'The other languages this item is published and approved in, within your key.',
          items: object<FeedItem['alternates'][number]>({ locale: schemaRef('Locale'), url: uri('The item in that language.') }),
        },
        service: object<Service>(
          {
            onlineApplication: object<Service['onlineApplication']>({
              url: orNull('string', { format: 'uri' }),
              lastCheckOk: orNull('boolean', { description: 'Whether the link answered at the last automatic check.' }),
            }),
            offices: { type: 'array', items: schemaRef('FeedOffice') },
          },
          { description: 'Services only.' },
        ),
      },
      { optional: ['service'] },
    ),
    description: 'A news article, service guide or policy interpretation in one language.',
    if: { properties: { type: { const: 'services' } } },
    then: { required: ['service'] },
    else: { not: { required: ['service'] } },
  },
  Tombstone: {
    type: 'object',
    description:
      'An item that left your view in this language (unpublished, deleted, translation withdrawn or sent back, moved out of your scope): delete your copy.',
    properties: {
      id: { type: 'string' },
      type: schemaRef('FeedType'),
      locale: schemaRef('Locale'),
      deleted: { const: true },
    },
    required: ['id', 'type', 'locale', 'deleted'],
    additionalProperties: false,
  },
  Page: {
    type: 'object',
    properties: {
      items: {
        type: 'array',
        description: 'Changes after the cursor, oldest first; each (type, id) at most once.',
        items: { oneOf: [schemaRef('FeedItem'), schemaRef('Tombstone')] },
      },
      next: {
        type: 'string',
        description: 'Opaque cursor: pass it as `since` to get the changes after this page. Store it even when `items` is empty.',
      },
    },
    required: ['items', 'next'],
    additionalProperties: false,
  },
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details.',
    properties: {
      type: { type: 'string', format: 'uri-reference', examples: ['about:blank'] },
      title: { type: 'string', description: 'Short, fixed per kind of problem: match on this.' },
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: { type: 'string', description: 'What went wrong in this request and how to fix it.' },
    },
    required: ['type', 'title', 'status', 'detail'],
  },
  JsonFeed: {
    type: 'object',
    description: 'JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).',
    properties: {
      version: { const: 'https://jsonfeed.org/version/1.1' },
      title: { type: 'string' },
      home_page_url: { type: 'string', format: 'uri' },
      feed_url: { type: 'string', format: 'uri' },
      description: { type: 'string' },
      language: schemaRef('Locale'),
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string', description: 'The item URL on the public portal.' },
            url: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            content_html: { type: 'string' },
            summary: { type: 'string' },
            image: { type: 'string', format: 'uri' },
            date_published: dateTime(),
            date_modified: dateTime(),
            tags: { type: 'array', items: { type: 'string' }, description: 'Topic names.' },
          },
          required: ['id'],
        },
      },
    },
    required: ['version', 'title', 'items'],
  },
  WebhookEvent: {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid', description: 'The event id: the same on every retry, so process each id once.' },
      type: {
        type: 'string',
        enum: webhookEventTypes,
        description: 'item.withdrawn carries a tombstone.',
      },
      createdAt: dateTime(),
      item: { oneOf: [schemaRef('FeedItem'), schemaRef('Tombstone')] },
    },
    required: ['id', 'type', 'createdAt', 'item'],
  },
}

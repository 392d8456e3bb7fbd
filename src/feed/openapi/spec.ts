/**
 * The OpenAPI 3.1 description of /feed/v1, built from the constants the handlers use (languages,
 * types, page limits, syndication formats, rate-limit tiers). test/openapi.test.ts validates
 * real responses against it and checks that every route is described.
 */
import { allLocales } from '../../localization/locales'
import { feedTypes } from '../item'
import { pageLimits, parseLocaleAndTypes } from '../params'
import { rateLimitTiers, rateLimitWindowSeconds } from '../rateLimitTiers'
import { formats as syndicationFormats } from '../syndication'
import { type Schema, schemaRef, schemas } from './schemas'

type Problem = { status: number; title: string; detail: string }

/** 'Bad limit' -> 'badLimit', 'syndication rss.xml' -> 'syndicationRssXml'. */
const camelCase = (words: string) =>
  words.toLowerCase().replace(/[^a-z0-9]+([a-z0-9])/g, (_match, next: string) => next.toUpperCase())

/** Named examples of problem answers, so a developer sees every title a status can carry. */
const problemExamples = (problems: Problem[]) =>
  Object.fromEntries(
    problems.map(({ status, title, detail }) => [
      camelCase(title),
      { summary: title, value: { type: 'about:blank', title, status, detail } },
    ]),
  )

const problemResponse = (description: string, problems: Problem[], headers: Record<string, Schema> = {}): Schema => ({
  description,
  headers,
  content: { 'application/problem+json': { schema: schemaRef('Problem'), examples: problemExamples(problems) } },
})

const asProblem = (result: ReturnType<typeof parseLocaleAndTypes>): Problem => {
  if (!('status' in result)) throw new Error('expected a parameter problem')
  return result
}

const missingLocale = asProblem(parseLocaleAndTypes(undefined, []))
const unknownLocale = asProblem(parseLocaleAndTypes('xx', []))
const unknownType = asProblem(parseLocaleAndTypes('en', ['blogs']))
const badLimit: Problem = {
  status: 400,
  title: 'Bad limit',
  detail: `limit must be a whole number from ${pageLimits.min} to ${pageLimits.max} (default ${pageLimits.default}).`,
}
const badCursor: Problem = {
  status: 400,
  title: 'Bad cursor',
  detail: 'since must be a "next" value this API gave your key, unchanged. Leave it out to start from the beginning.',
}

const headerRef = (name: string): Schema => ({ $ref: `#/components/headers/${name}` })
const responseRef = (name: string): Schema => ({ $ref: `#/components/responses/${name}` })
const parameterRef = (name: string): Schema => ({ $ref: `#/components/parameters/${name}` })

const rateLimitHeaders = {
  'RateLimit-Limit': headerRef('RateLimit-Limit'),
  'RateLimit-Remaining': headerRef('RateLimit-Remaining'),
  'RateLimit-Reset': headerRef('RateLimit-Reset'),
}
const cacheHeaders = { ETag: headerRef('ETag'), 'Cache-Control': headerRef('Cache-Control') }

/** The answers of a keyed operation whose success is the JSON schema `schema`. */
const keyedResponses = (description: string, schema: string, badRequests: Problem[]) => ({
  '200': {
    description,
    headers: { ...cacheHeaders, ...rateLimitHeaders },
    content: { 'application/json': { schema: schemaRef(schema) } },
  },
  '304': responseRef('NotModified'),
  '400': problemResponse('A parameter is missing or wrong.', badRequests, rateLimitHeaders),
  '401': responseRef('Unauthorized'),
  '403': responseRef('Forbidden'),
  '429': responseRef('TooManyRequests'),
})

const tiers = Object.entries(rateLimitTiers)
  .map(([tier, limit]) => `${tier}: ${limit === null ? 'no limit' : `${limit} requests`}`)
  .join(', ')

const description = `Approved content of the International Services Portal (Shanghai) for partner media and platforms:
news, service guides and policy interpretations in ${allLocales.length} languages, each translation reviewed by people.

## Quick start

1. **Get a key.** The portal team creates your partner account and gives you an API key once; it is
   scoped to languages, content types and topics. Keep it secret; ask for a rotation if it leaks.
2. **Authenticate** every \`/items\` call with \`Authorization: Bearer <key>\`.
3. **Sync.** Call \`GET /items?locale=en\` and store every item by \`(type, id, locale)\`; delete your copy
   when a tombstone (\`"deleted": true\`) arrives. Save \`next\` and call again with \`since=<next>\` until
   \`items\` is empty: you now hold everything your key may see. Repeat every few minutes (or on a webhook)
   with the last \`next\` to receive only what changed.

\`\`\`sh
curl -H "Authorization: Bearer $KEY" "https://<portal>/feed/v1/items?locale=en&limit=100"
curl -H "Authorization: Bearer $KEY" "https://<portal>/feed/v1/items?locale=en&since=$NEXT"
\`\`\`

## Conventions

- **Errors** are \`application/problem+json\` (RFC 9457): \`title\` names the kind of problem, \`detail\` says how to fix it.
- **Caching:** answers carry an \`ETag\`; send it back in \`If-None-Match\` to get \`304 Not Modified\`. \`Cache-Control\` says how long to reuse them.
- **Compression:** send \`Accept-Encoding: br\` or \`gzip\`.
- **Browsers (CORS):** keyed calls are readable from the origins registered for your key; the syndication feeds from any origin.
- **Rate limits** per key, in windows of ${rateLimitWindowSeconds} seconds (${tiers}). Keyed answers of a limited tier carry
  \`RateLimit-Limit\`, \`RateLimit-Remaining\` and \`RateLimit-Reset\`; over the limit you get \`429\` with \`Retry-After\`.
- **Webhooks:** if your partner account has a webhook URL, each publish, update and withdrawal in your scope is POSTed to it
  (see *Webhooks* below), signed with your webhook secret.
- The syndication feeds (RSS, Atom, JSON Feed) are public and need no key.`

const localePath: Schema = { name: 'locale', in: 'path', required: true, schema: schemaRef('Locale') }

const syndicationPaths = Object.fromEntries(
  Object.entries(syndicationFormats).map(([file, { type }]) => {
    const mediaType = type.split(';')[0]
    const schema = mediaType.endsWith('json') ? schemaRef('JsonFeed') : { type: 'string' }
    return [
      `/{locale}/${file}`,
      {
        get: {
          operationId: camelCase(`syndication ${file}`),
          tags: ['Syndication'],
          summary: `The newest items in one language, as ${file}`,
          description: 'Public, no key: the newest items published and approved in that language, newest first.',
          security: [],
          parameters: [localePath, parameterRef('typeList'), parameterRef('topic'), parameterRef('ifNoneMatch')],
          responses: {
            '200': { description: 'The feed.', headers: cacheHeaders, content: { [mediaType]: { schema } } },
            '304': responseRef('NotModified'),
            '400': problemResponse('Unknown locale, type or topic.', [
              unknownLocale,
              unknownType,
              { status: 400, title: 'Unknown topic', detail: 'No topic with the slug "no-such-topic".' },
            ]),
          },
        },
      },
    ]
  }),
)

/** The whole document; JSON-serializable. */
export const feedOpenApi = () => ({
  openapi: '3.1.1',
  info: {
    title: 'International Services Portal partner feed',
    version: '1.0.0',
    description,
  },
  servers: [{ url: '/feed/v1', description: 'This portal' }],
  security: [{ partnerKey: [] }],
  tags: [
    { name: 'Items', description: 'Incremental sync and single items (API key).' },
    { name: 'Syndication', description: 'Public RSS 2.0, Atom 1.0 and JSON Feed 1.1.' },
    { name: 'Documentation', description: 'This description and its page.' },
  ],
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        tags: ['Items'],
        summary: 'Changes since a cursor (incremental sync)',
        description:
          'Every item of your scope changed after `since`, oldest change first, and tombstones for items that left your view in this language. ' +
          'Follow `next` until `items` is empty; following it replays every change exactly once.',
        parameters: [
          parameterRef('locale'),
          parameterRef('typeList'),
          parameterRef('topic'),
          { name: 'zone', in: 'query', description: 'Only items of this zone (slug).', schema: { type: 'string' } },
          {
            name: 'since',
            in: 'query',
            description: 'The `next` of the previous page, unchanged. Leave it out to start from the beginning.',
            schema: { type: 'string' },
          },
          {
            name: 'limit',
            in: 'query',
            description: 'Items per page.',
            schema: { type: 'integer', minimum: pageLimits.min, maximum: pageLimits.max, default: pageLimits.default },
          },
          parameterRef('ifNoneMatch'),
        ],
        responses: keyedResponses('One page of changes.', 'Page', [
          missingLocale,
          unknownLocale,
          unknownType,
          badLimit,
          badCursor,
          { status: 400, title: 'Unknown topic or zone', detail: 'topic and zone take the slug of an existing topic or zone.' },
        ]),
      },
    },
    '/items/{type}/{id}': {
      get: {
        operationId: 'getItem',
        tags: ['Items'],
        summary: 'One item in one language',
        parameters: [
          { name: 'type', in: 'path', required: true, schema: schemaRef('FeedType') },
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          parameterRef('locale'),
          parameterRef('ifNoneMatch'),
        ],
        responses: {
          ...keyedResponses('The item.', 'FeedItem', [missingLocale, unknownLocale, unknownType]),
          '404': problemResponse(
            'Not published, not approved in this language, outside your scope, or no such item: all look the same.',
            [{ status: 404, title: 'Not found', detail: 'No news item 42 in en for your key.' }],
            rateLimitHeaders,
          ),
        },
      },
    },
    ...syndicationPaths,
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        tags: ['Documentation'],
        summary: 'This OpenAPI 3.1 description',
        security: [],
        parameters: [parameterRef('ifNoneMatch')],
        responses: {
          '200': {
            description: 'The description.',
            headers: cacheHeaders,
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          '304': responseRef('NotModified'),
        },
      },
    },
    '/docs': {
      get: {
        operationId: 'getDocs',
        tags: ['Documentation'],
        summary: 'The human-readable page of this description',
        security: [],
        responses: { '200': { description: 'An HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } },
      },
    },
  },
  webhooks: {
    itemEvent: {
      post: {
        operationId: 'itemEvent',
        summary: 'An item in your scope was published, updated or withdrawn',
        description: `Sent to your partner account's webhook URL for every language your key covers.

**Verify** before trusting the body: compute \`HMAC-SHA256(secret, timestamp + "." + rawBody)\` in hex with your webhook secret, where
\`timestamp\` is the \`X-Portal-Timestamp\` header and \`rawBody\` the exact bytes received; compare it in constant time with the hex after
\`sha256=\` in \`X-Portal-Signature\`, and reject timestamps more than a few minutes old.

**Answer** any 2xx quickly. Any other answer, a timeout or a refused connection is retried with exponential backoff, with the same
\`X-Portal-Event-Id\` and body: process each event id once.`,
        security: [],
        parameters: [
          {
            name: 'X-Portal-Event-Id',
            in: 'header',
            required: true,
            description: 'The event id; equals `id` in the body.',
            schema: { type: 'string', format: 'uuid' },
          },
          {
            name: 'X-Portal-Timestamp',
            in: 'header',
            required: true,
            description: 'When this delivery attempt was signed, in Unix seconds.',
            schema: { type: 'integer' },
          },
          {
            name: 'X-Portal-Signature',
            in: 'header',
            required: true,
            description: '`sha256=` and the hex HMAC-SHA256 of `timestamp + "." + rawBody` with your webhook secret.',
            schema: { type: 'string', pattern: '^sha256=[0-9a-f]{64}$' },
          },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: schemaRef('WebhookEvent') } } },
        responses: {
          '2XX': { description: 'Received: no retry.' },
          default: { description: 'Not received: retried with exponential backoff, same event id.' },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      partnerKey: {
        type: 'http',
        scheme: 'bearer',
        description: 'Your partner API key (`isp_…`), from the portal team.',
      },
    },
    parameters: {
      locale: { name: 'locale', in: 'query', required: true, schema: schemaRef('Locale') },
      typeList: {
        name: 'type',
        in: 'query',
        description: 'Comma-separated content types; default: every type your key covers.',
        style: 'form',
        explode: false,
        schema: { type: 'array', items: schemaRef('FeedType'), uniqueItems: true },
      },
      topic: { name: 'topic', in: 'query', description: 'Only items of this topic (slug).', schema: { type: 'string' } },
      ifNoneMatch: {
        name: 'If-None-Match',
        in: 'header',
        description: 'The ETag of your copy: 304 when it is still current.',
        schema: { type: 'string' },
      },
    },
    headers: {
      ETag: { description: 'Version of this answer; send it back in If-None-Match.', required: true, schema: { type: 'string' } },
      'Cache-Control': {
        description: 'How long the answer may be reused (private for keyed answers).',
        required: true,
        schema: { type: 'string', examples: ['private, no-cache', 'public, max-age=300'] },
      },
      'RateLimit-Limit': {
        description: `Requests your key may make per ${rateLimitWindowSeconds}-second window (absent for unlimited keys).`,
        schema: { type: 'integer', minimum: 1 },
      },
      'RateLimit-Remaining': { description: 'Requests left in this window.', schema: { type: 'integer', minimum: 0 } },
      'RateLimit-Reset': { description: 'Seconds until the window resets.', schema: { type: 'integer', minimum: 0 } },
      'Retry-After': {
        description: 'Seconds to wait before the next request.',
        required: true,
        schema: { type: 'integer', minimum: 1 },
      },
    },
    responses: {
      NotModified: { description: 'Your copy (If-None-Match) is current.', headers: cacheHeaders },
      Unauthorized: problemResponse('No key, or a key that is not (or no longer) valid.', [
        { status: 401, title: 'Missing API key', detail: 'Send your partner API key as "Authorization: Bearer <key>".' },
        {
          status: 401,
          title: 'Unknown API key',
          detail: 'This key is not valid: it may have been rotated. Ask the portal team for the current key.',
        },
      ]),
      Forbidden: problemResponse(
        'The partner account is suspended, or the request is outside your key’s languages or types.',
        [
          {
            status: 403,
            title: 'Partner inactive',
            detail: 'Access for World Daily is suspended: contract ended. Contact the portal team.',
          },
          { status: 403, title: 'Locale not in scope', detail: 'Your key covers en, zh, not ja.' },
          { status: 403, title: 'Type not in scope', detail: 'Your key covers news, not services.' },
        ],
        rateLimitHeaders,
      ),
      TooManyRequests: problemResponse(
        'Your key’s rate limit is spent for this window.',
        [
          {
            status: 429,
            title: 'Rate limit exceeded',
            detail:
              'Your key\'s "basic" tier allows 60 requests per 60 seconds and this window\'s budget is spent. Retry after 12 seconds.',
          },
        ],
        { ...rateLimitHeaders, 'Retry-After': headerRef('Retry-After') },
      ),
    },
    schemas,
  },
})

import { createRequire } from 'node:module'
import path from 'node:path'

import express from 'express'

import { allLocales } from '../localization/locales'
import { feedOpenApi } from './openapi/spec'

/** Swagger UI's built files, served from node_modules: the docs page works offline and without a CDN. */
const swaggerUiDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))

const cacheControl = 'public, max-age=300'

/** A file rather than an inline script, so the page works under a strict Content-Security-Policy. */
const initScript = `const root = document.getElementById('swagger-ui')
window.ui = SwaggerUIBundle({ url: root.dataset.spec, domNode: root, deepLinking: true })
`

const page = (base: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner feed API · International Services Portal</title>
<link rel="stylesheet" href="${base}/docs/assets/swagger-ui.css">
</head>
<body>
<header class="swagger-ui"><div class="wrapper"><div class="markdown">
<h1>Partner feed API</h1>
<p>Approved content of the International Services Portal in ${allLocales.length} languages, for partner media and platforms.</p>
<ul>
<li><strong>Key:</strong> the portal team creates your partner account and gives you an API key, shown once.</li>
<li><strong>Auth:</strong> send it on every <code>/items</code> call as <code>Authorization: Bearer &lt;key&gt;</code>
(the <em>Authorize</em> button below does this for <em>Try it out</em>).</li>
<li><strong>Sync:</strong> <code>GET /feed/v1/items?locale=en</code>, keep every item, delete on tombstones, and call again
with <code>since=&lt;next&gt;</code> until <code>items</code> is empty; later, the last <code>next</code> brings only what changed.</li>
</ul>
<p>Machine-readable: <a href="${base}/openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
</div></div></header>
<main id="swagger-ui" data-spec="${base}/openapi.json"></main>
<script src="${base}/docs/assets/swagger-ui-bundle.js"></script>
<script src="${base}/docs/init.js"></script>
</body>
</html>
`

/** Public description of the feed: GET /openapi.json, and the docs page GET /docs with its assets. */
export const docsRouter = () => {
  const router = express.Router()
  const spec = JSON.stringify(feedOpenApi())

  router.get('/openapi.json', (_req, res) => {
    res.set('Cache-Control', cacheControl).type('application/json').send(spec)
  })
  router.get('/docs', (req, res) => {
    res.set('Cache-Control', cacheControl).type('html').send(page(req.baseUrl))
  })
  router.get('/docs/init.js', (_req, res) => {
    res.set('Cache-Control', cacheControl).type('text/javascript').send(initScript)
  })
  router.use('/docs/assets', express.static(swaggerUiDir, { index: false, maxAge: '1d', fallthrough: false }))
  return router
}

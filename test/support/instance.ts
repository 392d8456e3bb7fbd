/**
 * One app instance in a process of its own, for test/twoInstances.test.ts: what src/start.ts
 * serves, with the site's page data in place of Next (two `next dev` servers cannot share one
 * project directory, and compiling pages would take minutes). GET /{locale}/news/{slug} answers
 * with the page data the site's news page renders, read through the site's cache (src/site/cache.ts).
 */
import { getPayload } from 'payload'

import { isLocale } from '../../src/localization/locales'
import config from '../../src/payload.config'
import { createApp } from '../../src/server'
import { newsData } from '../../src/site/pageData'

const payload = await getPayload({ config, cron: true })
const app = createApp({
  config,
  payload,
  next: async (req, res) => {
    const [, locale, section, slug] = req.path.split('/')
    const data = isLocale(locale) && section === 'news' && slug ? await newsData(locale, slug) : null
    if (data) res.json(data)
    else res.status(404).json({ errors: [{ message: 'Not Found' }] })
  },
})
app.listen(Number(process.env.PORT), () => payload.logger.info(`Instance on port ${process.env.PORT}`))

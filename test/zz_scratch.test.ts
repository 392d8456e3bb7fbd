import request from 'supertest'
import sharp from 'sharp'
import { createStaff } from './support/fixtures'
import { startPortal, type Portal } from './support/portal'
let portal: Portal
beforeAll(async () => { portal = await startPortal() })
afterAll(() => portal.stop())
test('explore', async () => {
  const ed = await createStaff(portal, 'editor')
  const colors = ['#ff0000', '#00ff00', '#0000ff', '#ffff00']
  const frames = await Promise.all(colors.map((c) => sharp({ create: { width: 4000, height: 4000, channels: 3, background: c } }).png().toBuffer()))
  let t = Date.now()
  const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer()
  console.log('gif', gif.length, Date.now() - t, await sharp(gif).metadata().then(m => [m.width, m.height, m.pages, m.pageHeight]))
  t = Date.now()
  const r = await request(portal.app).post('/api/media').set('Authorization', ed.auth).field('_payload', JSON.stringify({ alt: 'a' })).attach('file', gif, { filename: 'anim.gif' })
  console.log('anim', r.status, Date.now() - t, JSON.stringify(r.body).slice(0, 1500))
  console.log('count', (await portal.payload.count({ collection: 'media' })).totalDocs)
}, 120000)

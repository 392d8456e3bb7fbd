import type { SeedCollection } from '../types'

/** Demo accounts for local use only; the passwords are documented in the README. */
export const users: SeedCollection = {
  collection: 'users',
  keyField: 'email',
  docs: [
    { key: 'admin', data: { email: 'admin@portal.example', password: 'admin-demo-2026', name: '系统管理员', role: 'admin' } },
    { key: 'editor', data: { email: 'editor@portal.example', password: 'editor-demo-2026', name: '王编辑', role: 'editor', department: '市政府外办' } },
    {
      key: 'translator',
      data: { email: 'translator@portal.example', password: 'translator-demo-2026', name: 'Li Translator', role: 'translator', languages: ['en', 'ar'] },
    },
    {
      key: 'reviewer',
      data: { email: 'reviewer@portal.example', password: 'reviewer-demo-2026', name: 'Chen Reviewer', role: 'reviewer', languages: ['en', 'ar'], department: '市政府外办' },
    },
  ],
}

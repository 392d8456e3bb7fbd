/**
 * Lexical's Node entry points each pick their dev or prod build with a top-level await. On
 * Node 20, several of those evaluated concurrently sometimes never settle and the process exits
 * with code 13 before doing anything. Loading them one at a time, before the application,
 * avoids that race. Used with `node --import` by every command that loads the Payload config.
 */
const packages = [
  'lexical',
  '@lexical/utils',
  '@lexical/selection',
  '@lexical/extension',
  '@lexical/html',
  '@lexical/clipboard',
  '@lexical/text',
  '@lexical/list',
  '@lexical/rich-text',
  '@lexical/plain-text',
  '@lexical/link',
  '@lexical/table',
  '@lexical/code-core',
  '@lexical/mark',
  '@lexical/overflow',
  '@lexical/history',
  '@lexical/hashtag',
  '@lexical/dragon',
  '@lexical/markdown',
  '@lexical/headless',
]

for (const name of packages) {
  await import(name)
}

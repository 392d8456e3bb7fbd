import type { CollectionConfig, ImageSize } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isEditor } from '../../src/access/isEditor'
import { allowedMimeTypes, maxInputPixels } from '../../src/uploads/limits'
import { localizedText, localizedTextarea } from '../fields/text'
import { rejectDisguisedOrHugeFiles } from './hooks/rejectDisguisedOrHugeFiles'

const widths = { thumbnail: 320, card: 768, hero: 1600 } as const

/** Each size in the original format plus a WebP variant for browsers that take it. */
const imageSizes: ImageSize[] = Object.entries(widths).flatMap(([name, width]) => [
  { name, width, withoutEnlargement: true },
  { name: `${name}Webp`, width, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 80 } } },
])

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: isEditor,
    delete: isEditor,
    read: anyone,
    update: isEditor,
  },
  admin: { useAsTitle: 'filename', group: 'Content' },
  fields: [
    localizedText('alt', true),
    localizedTextarea('caption'),
    { name: 'credit', type: 'text' },
  ],
  hooks: {
    beforeOperation: [rejectDisguisedOrHugeFiles],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR || 'media',
    mimeTypes: [...allowedMimeTypes],
    imageSizes,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    constructorOptions: { limitInputPixels: maxInputPixels },
  },
}

/** What the media library accepts, and how much. */
export const allowedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'application/pdf',
] as const

/** File name extensions and the type their bytes must really be. */
export const mimeTypeByExtension: Record<string, (typeof allowedMimeTypes)[number]> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  pdf: 'application/pdf',
}

export const maxUploadBytes = 20 * 1024 * 1024

/** 40 megapixels: above any real photo, far below what would exhaust memory when decoded. */
export const maxInputPixels = 40_000_000

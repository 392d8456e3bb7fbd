import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { maxInputPixels, mimeTypeByExtension } from '../../../src/uploads/limits'

const reject = (message: string): never => {
  throw new APIError(message, 400, undefined, true)
}

/**
 * Payload checks the detected type against the allowed list, but a text file named .png or a
 * PNG named .pdf would still pass; and a tiny file can declare billions of pixels. Both are
 * refused here from the header alone, before anything is decoded or stored.
 */
export const rejectDisguisedOrHugeFiles: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args

  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  const claimed = mimeTypeByExtension[extension]
  if (!claimed) reject(`Files ending in .${extension} are not accepted. Upload JPEG, PNG, WebP, AVIF, GIF or PDF.`)

  const detected = await fileTypeFromBuffer(file.data)
  if (!detected || detected.mime !== claimed) {
    reject(
      `The file "${file.name}" is named as ${claimed} but its contents are ${detected?.mime ?? 'not a recognised file type'}.`,
    )
  }

  if (claimed.startsWith('image/')) {
    const { width = 0, height = 0, pages = 1 } = await sharp(file.data, { limitInputPixels: false })
      .metadata()
      .catch(() => reject(`The image "${file.name}" is damaged and cannot be read.`))
    // An animation is decoded whole (every frame at full size), so its frames count too.
    const frames = Math.max(1, pages)
    if (width * height * frames > maxInputPixels) {
      const size = frames > 1 ? `${width}×${height} pixels × ${frames} frames` : `${width}×${height} pixels`
      reject(
        `The image is ${size}; the limit is ${maxInputPixels / 1_000_000} megapixels. Resize it before uploading.`,
      )
    }
  }
  return args
}

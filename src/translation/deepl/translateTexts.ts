import type { Translator } from 'deepl-node'

import type { TargetLocale } from '../../localization/locales'
import { batchTexts } from './batches'
import { deeplTargetCode } from './client'

export type Usage = { requests: number; billedCharacters: number }

export type TranslateOptions = {
  locale: TargetLocale
  /** Texts carry inline markup as tags that DeepL must keep. */
  tagged: boolean
  glossaryId: string | null
  context?: string
}

/** Translates texts from Chinese in as few requests as DeepL's limits allow, counting usage. */
export const translateTexts = async (
  translator: Translator,
  texts: string[],
  { locale, tagged, glossaryId, context }: TranslateOptions,
  usage: Usage,
): Promise<string[]> => {
  const contextBytes = context ? Buffer.byteLength(encodeURIComponent(context)) : 0
  const results: string[] = []
  for (const batch of batchTexts(texts, contextBytes)) {
    const translated = await translator.translateText(batch, 'zh', deeplTargetCode(locale), {
      formality: 'prefer_more',
      tagHandling: tagged ? 'html' : undefined,
      glossary: glossaryId ?? undefined,
      context,
    })
    usage.requests += 1
    for (const result of translated) {
      usage.billedCharacters += result.billedCharacters ?? 0
      results.push(result.text)
    }
  }
  return results
}

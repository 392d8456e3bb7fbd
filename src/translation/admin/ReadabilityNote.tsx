/**
 * A field's readability against the portal target, with the hint when it is harder than the
 * target; shown beside the fact findings in the review view. No hooks: renders on the server.
 */
import { readabilityHint } from '../../qa/readability/hint'
import type { Readability } from '../../qa/readability/types'
import { translator } from './messages'

export const ReadabilityNote = ({ readability, language }: { readability?: Readability; language: string }) =>
  readability ? (
    <p
      className={`tw-readability${readability.harder ? ' tw-readability--harder' : ''}`}
      data-readability={readability.harder ? 'harder' : 'fine'}
    >
      <strong>{translator(language)('readability')}:</strong> {readabilityHint(readability, language)}
    </p>
  ) : null

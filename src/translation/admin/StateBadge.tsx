import type { TranslationState } from '../states'
import { stateLabel } from './messages'

/** A coloured badge naming a language's state; the colour is never the only signal. */
export const StateBadge = ({ state, language }: { state: TranslationState; language: string }) => (
  <span className={`tw-badge tw-badge--${state.replace('_', '-')}`} data-state={state}>
    {stateLabel(language, state)}
  </span>
)

import type { Service } from '../../payload-types'

/** How to apply, step by step. */
export const Steps = ({ contentLang, steps }: { contentLang?: string; steps: NonNullable<Service['steps']> }) => (
  <ol className="steps" lang={contentLang}>
    {steps.map((step) => (
      <li key={step.id ?? step.title}>
        <strong>{step.title}</strong>
        {step.description && <p>{step.description}</p>}
      </li>
    ))}
  </ol>
)

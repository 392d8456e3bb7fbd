import type React from 'react'

/** A titled part of an item page, labelled by its heading for assistive technology. */
export const Section = ({ id, title, children }: { id: string; title: string; children: React.ReactNode }) => (
  <section aria-labelledby={id} className="item-section">
    <h2 id={id}>{title}</h2>
    {children}
  </section>
)

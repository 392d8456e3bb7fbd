import type { Segment } from './highlight'

/** Matched terms in <mark>; every segment is rendered as text, so content and query stay inert. */
export const Highlight = ({ segments }: { segments: Segment[] }) => (
  <>{segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}</>
)

/** A link to another site, showing its address without the scheme. */
export const ExternalLink = ({ href }: { href: string }) => (
  <a href={href} rel="external noopener" dir="ltr">
    {href.replace(/^https?:\/\//, '')}
  </a>
)

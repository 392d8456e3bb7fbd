import { notFound } from 'next/navigation'

/** Any other path under a locale gets the localized 404. */
const Unknown = () => notFound()

export default Unknown

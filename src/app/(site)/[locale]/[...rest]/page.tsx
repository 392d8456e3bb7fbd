import { NotFoundView } from '../../../../site/components/NotFoundView'
import { pageLocale } from '../../../../site/detailPage'

type Props = { params: Promise<{ locale: string }> }

/**
 * Any other path under a locale. The Express front also sends every 404 here (with the status
 * set), so the localized 404 page is rendered on the server.
 */
const Unknown = async ({ params }: Props) => <NotFoundView locale={await pageLocale(params)} />

export default Unknown

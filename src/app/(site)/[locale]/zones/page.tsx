import { ListPage, listMetadata, type ListPageProps } from '../../../../site/components/ListPage'

export const generateMetadata = (props: ListPageProps) => listMetadata('zones', props)

const ZonesList = (props: ListPageProps) => <ListPage section="zones" {...props} />

export default ZonesList

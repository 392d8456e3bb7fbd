import { ListPage, listMetadata, type ListPageProps } from '../../../../site/components/ListPage'

export const generateMetadata = (props: ListPageProps) => listMetadata('policy-interpretations', props)

const PoliciesList = (props: ListPageProps) => <ListPage section="policy-interpretations" {...props} />

export default PoliciesList

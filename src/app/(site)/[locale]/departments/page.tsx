import { ListPage, listMetadata, type ListPageProps } from '../../../../site/components/ListPage'

export const generateMetadata = (props: ListPageProps) => listMetadata('sources', props)

const DepartmentsList = (props: ListPageProps) => <ListPage section="sources" {...props} />

export default DepartmentsList

import { ListPage, listMetadata, type ListPageProps } from '../../../../site/components/ListPage'

export const generateMetadata = (props: ListPageProps) => listMetadata('policy-documents', props)

const DocumentsList = (props: ListPageProps) => <ListPage section="policy-documents" {...props} />

export default DocumentsList

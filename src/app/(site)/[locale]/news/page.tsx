import { ListPage, listMetadata, type ListPageProps } from '../../../../site/components/ListPage'

export const generateMetadata = (props: ListPageProps) => listMetadata('news', props)

const NewsList = (props: ListPageProps) => <ListPage section="news" {...props} />

export default NewsList

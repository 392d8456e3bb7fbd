import { ListPage, listMetadata, type ListPageProps } from '../../../../site/components/ListPage'

export const generateMetadata = (props: ListPageProps) => listMetadata('topics', props)

const TopicsList = (props: ListPageProps) => <ListPage section="topics" {...props} />

export default TopicsList

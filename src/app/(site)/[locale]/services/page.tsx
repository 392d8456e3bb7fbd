import { ListPage, listMetadata, type ListPageProps } from '../../../../site/components/ListPage'

export const generateMetadata = (props: ListPageProps) => listMetadata('services', props)

const ServicesList = (props: ListPageProps) => <ListPage section="services" {...props} />

export default ServicesList

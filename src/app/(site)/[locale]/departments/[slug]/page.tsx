import { CardSection } from '../../../../../site/components/CardSection'
import { ItemPage } from '../../../../../site/components/ItemPage'
import { TaggedSections } from '../../../../../site/components/TaggedSections'
import { type DetailProps, detailRoute } from '../../../../../site/detailPage'
import { uiTranslator } from '../../../../../site/i18n'
import { sectionLabels } from '../../../../../site/labels'
import { departmentData } from '../../../../../site/pageData'

const route = detailRoute('sources', departmentData, (doc) => ({ title: doc.name, lead: doc.abbreviation }))

export const generateMetadata = route.generateMetadata

/** A source department (信源): what it published, and its own website. */
const DepartmentPage = async (props: DetailProps) => {
  const { locale, data, item } = await route.load(props)
  const { doc, items, documents } = data
  const t = uiTranslator(locale)
  const website = doc.website && (
    <a href={doc.website} rel="external noopener">
      {t('departmentWebsite')}
    </a>
  )
  return (
    <ItemPage {...item} nav={null} meta={website}>
      <TaggedSections locale={locale} items={items} />
      <CardSection id="documents" title={sectionLabels(t)['policy-documents'].title} cards={documents.cards} locale={locale} />
    </ItemPage>
  )
}

export default DepartmentPage

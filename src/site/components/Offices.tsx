import type { Locale } from '../../localization/locales'
import type { Service } from '../../payload-types'
import { uiTranslator } from '../i18n'
import { ExternalLink } from './ExternalLink'
import { FactList } from './FactList'

type Props = { locale: Locale; contentLang?: string; offices: NonNullable<Service['offices']> }

const mapLink = (latitude: number, longitude: number) =>
  `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`

/** Where to go in person: address, opening hours, phone, website and map coordinates. */
export const Offices = ({ locale, contentLang, offices }: Props) => {
  const t = uiTranslator(locale)
  return (
    <ul className="offices">
      {offices.map((office) => (
        <li key={office.id ?? office.name} className="office">
          <h3 lang={contentLang}>{office.name}</h3>
          <FactList
            className="office-facts"
            facts={[
              { label: t('officeAddress'), value: office.address, lang: contentLang },
              { label: t('officeHours'), value: office.hours, lang: contentLang },
              {
                label: t('officePhone'),
                value: office.phone && <a href={`tel:${office.phone.replace(/[^\d+]/g, '')}`}>{office.phone}</a>,
                dir: 'ltr',
              },
              { label: t('website'), value: office.website && <ExternalLink href={office.website} /> },
              {
                label: t('officeMap'),
                value: office.latitude != null && office.longitude != null && (
                  <>
                    <a href={mapLink(office.latitude, office.longitude)} rel="external noopener">
                      {t('officeMapLink')}
                    </a>{' '}
                    <span className="coordinates" dir="ltr">
                      ({office.latitude}, {office.longitude})
                    </span>
                  </>
                ),
              },
            ]}
          />
        </li>
      ))}
    </ul>
  )
}

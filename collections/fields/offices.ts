import type { ArrayField } from 'payload'

import { localizedText, localizedTextarea } from './text'
import { urlField } from './url'

/** Where to apply in person: address, hours, phone and map coordinates. */
export const officesArray = (): ArrayField => ({
  name: 'offices',
  type: 'array',
  fields: [
    localizedText('name', true),
    localizedTextarea('address', true),
    localizedTextarea('hours'),
    { name: 'phone', type: 'text' },
    urlField({ name: 'website' }),
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90 },
        { name: 'longitude', type: 'number', min: -180, max: 180 },
      ],
    },
  ],
})

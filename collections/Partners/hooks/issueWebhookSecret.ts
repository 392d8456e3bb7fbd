import type { FieldHook } from 'payload'

import { newWebhookSecret } from '../../../src/webhooks/signature'

/** A new partner gets its webhook signing secret; afterwards only the rotate endpoint changes it. */
export const issueWebhookSecretOnCreate: FieldHook = ({ operation, value }) =>
  operation === 'create' ? newWebhookSecret() : value

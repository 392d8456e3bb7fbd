import type { FieldAccess } from 'payload'

/** For fields only server code writes (through the database adapter or overrideAccess). */
export const nobodyField: FieldAccess = () => false

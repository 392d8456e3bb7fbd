import type { Access } from 'payload'

/** For records only server code writes (through the Local API with overrideAccess). */
export const nobody: Access = () => false

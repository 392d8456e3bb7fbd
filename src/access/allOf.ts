import type { Access, Where } from 'payload'

/** Allows what every rule allows: any `false` refuses, `true` adds nothing, query conditions are combined. */
export const allOf =
  (...rules: Access[]): Access =>
  async (args) => {
    const conditions: Where[] = []
    for (const rule of rules) {
      const result = await rule(args)
      if (result === false) return false
      if (result !== true) conditions.push(result)
    }
    if (conditions.length === 0) return true
    return conditions.length === 1 ? conditions[0] : { and: conditions }
  }

type Container = Record<string, unknown> | unknown[]

const step = (key: string): string | number => (/^\d+$/.test(key) ? Number(key) : key)

/** Value at a dotted path such as `materials.2.name`. */
export const getPath = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<string, unknown>)[key]), doc)

/** Sets a value at a dotted path that already exists up to its last step (array rows are not created). */
export const setPath = (doc: Container, path: string, value: unknown): void => {
  const keys = path.split('.').map(step)
  const last = keys.pop()!
  const parent = keys.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], doc)
  if (parent && typeof parent === 'object') (parent as Record<string | number, unknown>)[last] = value
}

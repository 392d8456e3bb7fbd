/**
 * Checks real answers against the feed's OpenAPI document with Ajv (JSON Schema 2020-12, the
 * dialect of OpenAPI 3.1): status documented, content type documented, body and headers valid.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { Response } from 'supertest'

type Doc = Record<string, unknown>
type Node = Record<string, unknown>

const specId = 'https://portal.test/feed/v1/openapi.json'

/** '/paths/~1items' from ['paths', '/items']. */
export const pointer = (...parts: string[]) =>
  parts.map((part) => `/${part.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')

/** The value at a JSON pointer, or undefined. */
export const at = (doc: unknown, path: string): unknown =>
  path
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Node)[part] : undefined), doc)

/** The object at a JSON pointer with its $ref followed (within the document), and where it really is. */
const follow = (doc: Doc, path: string): { node: Node; path: string } => {
  const node = at(doc, path) as Node
  return typeof node?.$ref === 'string' ? follow(doc, node.$ref.replace(/^#/, '')) : { node, path }
}

const jsonMediaType = /^application\/([\w.-]+\+)?json$/

export const specValidator = (doc: Doc) => {
  // strictRequired would refuse `then: { required: [...] }`, whose properties are declared beside the `if`.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true })
  addFormats(ajv)
  // The document is the root all $refs resolve in; its OpenAPI members are no JSON Schema keywords.
  for (const member of Object.keys(doc)) ajv.addKeyword(member)
  ajv.addSchema(doc, specId)
  const compiled = new Map<string, ValidateFunction>()

  /** The validator of the schema at a JSON pointer into the document (compiled once). */
  const schemaAt = (path: string): ValidateFunction => {
    let validate = compiled.get(path)
    if (!validate) {
      validate = ajv.compile({ $ref: `${specId}#${path}` })
      compiled.set(path, validate)
    }
    return validate
  }

  const check = (path: string, value: unknown, what: string) => {
    const validate = schemaAt(path)
    if (!validate(value))
      throw new Error(`${what} does not match ${path}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`)
  }

  /**
   * Throws unless `res` is what the document promises for this operation: its status is
   * documented, its content type too, and its body and headers fit their schemas; a problem's
   * title must be one of the documented examples.
   */
  const expectDocumented = (res: Response, path: string, method = 'get') => {
    const operationPath = pointer('paths', path, method)
    const operation = at(doc, operationPath) as Node | undefined
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the document`)
    const status = String(res.status)
    const key = [status, `${status[0]}XX`, 'default'].find((candidate) => candidate in (operation.responses as Node))
    const where = `${method.toUpperCase()} ${path} ${status}`
    if (!key) throw new Error(`${where} is not documented`)
    const response = follow(doc, `${operationPath}${pointer('responses', key)}`)

    for (const name of Object.keys((response.node.headers ?? {}) as Node)) {
      const header = follow(doc, `${response.path}${pointer('headers', name)}`)
      const value = res.headers[name.toLowerCase()] as string | undefined
      if (value === undefined) {
        if (header.node.required) throw new Error(`${where}: header ${name} is missing`)
        continue
      }
      const integer = (header.node.schema as Node).type === 'integer' && /^-?\d+$/.test(value)
      check(`${header.path}/schema`, integer ? Number(value) : value, `${where} header ${name}`)
    }

    const content = response.node.content as Node | undefined
    if (!content) {
      if (res.text) throw new Error(`${where}: documented without a body, but one came`)
      return
    }
    const mediaType = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
    const documented = content[mediaType] as Node | undefined
    if (!documented) throw new Error(`${where}: content type ${mediaType} is not documented (${Object.keys(content).join(', ')})`)
    const body = jsonMediaType.test(mediaType) ? JSON.parse(res.text) : res.text
    if (documented.schema) check(`${response.path}${pointer('content', mediaType, 'schema')}`, body, where)
    if (mediaType === 'application/problem+json') {
      const titles = Object.values((documented.examples ?? {}) as Record<string, { value: { title: string } }>).map(
        (example) => example.value.title,
      )
      if (!titles.includes(body.title))
        throw new Error(`${where}: problem "${body.title}" is not among the documented ${titles.join(', ')}`)
    }
  }

  return { schemaAt, check, expectDocumented }
}

/**
 * Imported first by `npm run worker` (before the Payload config loads): a bad configuration stops
 * it as it stops `npm start`, one line per problem, without a stack trace or a secret.
 */
import { configurationProblems } from '../environment'

const problems = configurationProblems(process.env)
if (problems.length > 0) {
  for (const problem of problems) console.error(`Cannot start the worker: ${problem}`)
  process.exit(1)
}

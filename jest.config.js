/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
  },
  setupFiles: ['<rootDir>/test/support/env.ts'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  // Suites each boot Payload on their own database; one at a time keeps memory and ports calm.
  maxWorkers: 1,
  testTimeout: 60_000,
  // Payload's database clients keep handles alive after destroy(); the run is over when the tests are.
  forceExit: true,
}

/**
 * Unit tests sit beside the code (`*.spec.ts`); e2e tests under test/ (`*.e2e-spec.ts`) talk to the real
 * PostgreSQL and Redis. Both compile with SWC (decorator metadata on); `tsc --noEmit` is the type check.
 */
const transform = { '^.+\\.ts$': ['@swc/jest', { swcrc: true }] };

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
    },
  ],
};

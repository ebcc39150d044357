/**
 * Unit specs beside the code and integration specs in test/: the real Nest
 * app on a real SQLite file with the migrations applied.
 */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: { '^@kompas/domain$': '<rootDir>/../libs/domain/src/index.ts' },
  testTimeout: 60000,
};

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
  // One fast-check seed for the run, fixed unless KOMPAS_FC_SEED says otherwise, printed once.
  globalSetup: '<rootDir>/test/setup/fast-check-seed.global.ts',
  setupFiles: ['<rootDir>/test/setup/fast-check-seed.ts'],
};

/** Unit tests of the cascade's rules: pure functions, no I/O. */
module.exports = {
  displayName: 'domain',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  // fast-check's properties run with one seed: fixed, or KOMPAS_FC_SEED.
  setupFiles: ['<rootDir>/test/fast-check-seed.ts'],
};

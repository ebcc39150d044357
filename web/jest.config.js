// Times in the specs read the same on every machine.
process.env.TZ = 'UTC';

/** Unit and component specs beside the code, in jsdom. */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFiles: ['<rootDir>/src/test-setup.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: {
    '^@kompas/domain$': '<rootDir>/../libs/domain/src/index.ts',
    '\\.css$': '<rootDir>/src/test-style-stub.ts',
  },
};

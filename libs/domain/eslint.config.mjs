import { builtinModules } from 'node:module';
import baseConfig from '../../eslint.config.mjs';

// The cascade's rules are shared with the browser: no framework, no database, and outside the specs no Node built-ins.
const frameworks = {
  group: ['@nestjs/*', 'typeorm', 'better-sqlite3', 'react', 'react-dom', '@xyflow/*', 'express'],
  message: 'libs/domain is pure TypeScript: no Nest, TypeORM, React or xyflow.',
};
const nodeBuiltins = {
  group: ['node:*', ...builtinModules, ...builtinModules.map((name) => `${name}/*`)],
  message: 'libs/domain runs in the browser too: no Node built-ins.',
};

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [frameworks, nodeBuiltins] }] },
  },
  {
    // Specs and their test data may read files.
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [frameworks] }] },
  },
];

import { builtinModules } from 'node:module';
import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      // The cascade's rules are shared with the browser: no framework, no database, no Node built-ins.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'better-sqlite3', 'react', 'react-dom', '@xyflow/*', 'express'],
              message: 'libs/domain is pure TypeScript: no Nest, TypeORM, React or xyflow.',
            },
            {
              group: ['node:*', ...builtinModules, ...builtinModules.map((name) => `${name}/*`)],
              message: 'libs/domain runs in the browser too: no Node built-ins.',
            },
          ],
        },
      ],
    },
  },
];

import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    ignores: ['src/config/**', 'test/**'],
    rules: {
      // Configuration is read and validated in one place only.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through AppConfig (api/src/config).' },
      ],
    },
  },
];

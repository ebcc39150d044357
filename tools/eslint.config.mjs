import baseConfig from '../eslint.config.mjs';

// The benchmarks and reliability runs measure the API from outside (its modules come from the build, see
// launcher/built-api.ts) and share the API tests' synthetic plan generator; nothing imports tools/ back.
const allowApi = (config) => {
  const rule = config.rules?.['@nx/enforce-module-boundaries'];
  if (!rule) return config;
  const [level, options] = rule;
  return {
    ...config,
    rules: {
      ...config.rules,
      '@nx/enforce-module-boundaries': [level, { ...options, allow: [...options.allow, '../../api/test/synthetic-plan'] }],
    },
  };
};

export default baseConfig.map(allowApi);

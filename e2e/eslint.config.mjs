import baseConfig from '../eslint.config.mjs';

// The browser tests start Kompas through the workspace's one launcher (tools/launcher).
const allowLauncher = (config) => {
  const rule = config.rules?.['@nx/enforce-module-boundaries'];
  if (!rule) return config;
  const [level, options] = rule;
  return {
    ...config,
    rules: {
      ...config.rules,
      '@nx/enforce-module-boundaries': [level, { ...options, allow: [...options.allow, '../../tools/launcher/kompas-server'] }],
    },
  };
};

export default [...baseConfig.map(allowLauncher), { ignores: ['results/**'] }];

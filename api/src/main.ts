import 'reflect-metadata';
import { createApp, listen } from './app';
import { ConfigError, configFromEnvironment } from './config/app-config';

export async function main(): Promise<void> {
  let config;
  try {
    config = configFromEnvironment();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`Kompas cannot start. ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const app = await createApp(config);
  await listen(app, config.port);
}

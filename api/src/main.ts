import 'reflect-metadata';
import { createApp, listen } from './app';
import { ConfigError, configFromEnvironment } from './config/app-config';

export async function main(): Promise<void> {
  try {
    const config = configFromEnvironment();
    const app = await createApp(config);
    await listen(app, config.port);
  } catch (e) {
    // A bad setting, or a trail that cannot be opened with what is configured (no AUDIT_KEY for its entries).
    if (e instanceof ConfigError) {
      console.error(`Kompas cannot start. ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

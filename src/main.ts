import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { migrateDatabase } from './database/migrate';
import { createRootLogger } from './logging/logger';
import { startWorker } from './worker';
import { createApp } from './app.factory';

/** `npm start`: ROLE=api | worker | all (default all — both roles in one process, for small installs). */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  const logger = createRootLogger(config.logLevel);
  const { applied } = await migrateDatabase(config.databaseUrl);
  logger.info({ applied }, applied.length ? 'migrations applied' : 'schema up to date');

  if (config.role === 'worker') {
    await startWorker(config, logger);
    return;
  }
  const app = await createApp(config, logger, { api: true, worker: config.role === 'all' });
  await app.listen({ port: config.port, host: '0.0.0.0' });
  logger.info({ port: config.port, role: config.role }, 'listening');
}

main().catch((e: unknown) => {
  process.stderr.write(`fatal: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});

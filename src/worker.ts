import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { migrateDatabase } from './database/migrate';
import { createRootLogger, PinoNestLogger } from './logging/logger';

/** The worker role: BullMQ processors and the reconciler, no HTTP. */
export async function startWorker(config: AppConfig, logger: Logger) {
  const ctx = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { api: false, worker: true }),
    {
      logger: new PinoNestLogger(logger),
    },
  );
  ctx.enableShutdownHooks();
  logger.info('worker started');
  return ctx;
}

if (require.main === module) {
  (async () => {
    let config: AppConfig;
    try {
      config = loadConfig({ ...process.env, ROLE: 'worker' });
    } catch (e) {
      if (e instanceof ConfigError) {
        process.stderr.write(`${e.message}\n`);
        process.exit(78);
      }
      throw e;
    }
    const logger = createRootLogger(config.logLevel);
    await migrateDatabase(config.databaseUrl);
    await startWorker(config, logger);
  })().catch((e: unknown) => {
    process.stderr.write(`fatal: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}

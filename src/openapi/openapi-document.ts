import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApi, createApp } from '../app.factory';
import { loadConfig } from '../config/app-config';
import { createRootLogger } from '../logging/logger';

/** Builds the app without listening (needs Postgres and Redis reachable, as the app does) and returns its document. */
export async function buildOpenApiFromConfig(): Promise<OpenAPIObject> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const app = await createApp(config, createRootLogger('silent'), { api: true, worker: false });
  try {
    return buildOpenApi(app);
  } finally {
    await app.close();
  }
}

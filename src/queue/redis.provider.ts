import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import IORedis, { Redis } from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** BullMQ's connection options for this deployment's Redis. Workers need maxRetriesPerRequest null. */
export function bullConnection(redisUrl: string): ConnectionOptions {
  return { url: redisUrl, maxRetriesPerRequest: null };
}

/** A small, non-blocking client for health checks and counters: fails fast instead of queueing commands. */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = new IORedis(config.redisUrl, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 1000,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    // Errors are reported through health; without a listener ioredis would log every reconnect attempt.
    this.client.on('error', () => undefined);
  }

  async ping(timeoutMs = 1000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.client.ping(),
        new Promise(
          (_, reject) => (timer = setTimeout(() => reject(new Error('redis ping timed out')), timeoutMs)),
        ),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedisClient } from '../queue/redis.provider';
import type { CheckDto, ReadinessDto } from './health.controller';

type Probe = () => Promise<void>;

@Injectable()
export class HealthService {
  private readonly extra = new Map<string, Probe>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly redis: RedisClient,
  ) {}

  /** Lets the worker add its own check (a worker that stopped consuming is not ready). */
  register(name: string, probe: Probe): void {
    this.extra.set(name, probe);
  }

  async readiness(): Promise<ReadinessDto> {
    const probes: [string, Probe][] = [
      ['postgres', () => this.pingPostgres()],
      ['redis', () => this.redis.ping(1000)],
      ...this.extra.entries(),
    ];
    const checks: Record<string, CheckDto> = {};
    await Promise.all(
      probes.map(async ([name, probe]) => {
        const started = Date.now();
        try {
          await probe();
          checks[name] = { status: 'up', latencyMs: Date.now() - started };
        } catch (e) {
          checks[name] = { status: 'down', error: e instanceof Error ? e.message : String(e) };
        }
      }),
    );
    const ok = Object.values(checks).every((c) => c.status === 'up');
    return { status: ok ? 'ok' : 'unavailable', checks };
  }

  private async pingPostgres(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise(
          (_, reject) => (timer = setTimeout(() => reject(new Error('postgres ping timed out')), 2000)),
        ),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

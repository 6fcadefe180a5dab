import { Global, Module } from '@nestjs/common';
import { MetricsController } from '../metrics/metrics.controller';
import { RedisClient } from '../queue/redis.provider';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Global()
@Module({
  controllers: [HealthController, MetricsController],
  providers: [HealthService, RedisClient],
  exports: [HealthService, RedisClient],
})
export class HealthModule {}

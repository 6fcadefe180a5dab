import { DynamicModule, Module, Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeysModule } from './api-keys/api-keys.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module';
import { ModelsModule } from './models/models.module';
import { QueueModule } from './queue/queue.module';
import { VendorsModule } from './vendors/vendors.module';
import { WorkerModule } from './worker/worker.module';
import { AuditModule } from './audit/audit.module';
import { PoliciesModule } from './policies/policies.module';
import { ResidencyModule } from './residency/residency.module';
import { ReviewsModule } from './reviews/reviews.module';
import { ScreeningModule } from './screening/screening.module';
import { ReportsModule } from './reports/reports.module';
import { WebhooksModule } from './webhooks/webhooks.module';

export interface AppRoles {
  api: boolean;
  worker: boolean;
}

/** Both roles share every feature module; the worker role adds the BullMQ processors. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, roles: AppRoles): DynamicModule {
    const features: Type[] = [
      AuditModule,
      ApiKeysModule,
      JurisdictionsModule,
      VendorsModule,
      ModelsModule,
      PoliciesModule,
      ResidencyModule,
      WebhooksModule,
      ReviewsModule,
      ScreeningModule,
      ReportsModule,
    ];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: false }),
        QueueModule,
        HealthModule,
        ...features,
        ...(roles.worker ? [WorkerModule] : []),
      ],
    };
  }
}

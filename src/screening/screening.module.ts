import { Module, OnModuleInit } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { ReevaluationModule } from '../reviews/reevaluation.module';
import { RegistryEvents } from '../vendors/registry-events';
import { VendorsModule } from '../vendors/vendors.module';
import { ListImportService } from './list-import.service';
import { ListVersionsService } from './list-versions.service';
import { ListWatchService } from './list-watch.service';
import { ScreeningController } from './screening.controller';
import { ScreeningIndexService } from './screening-index.service';
import { VendorScreeningService } from './vendor-screening.service';

@Module({
  imports: [VendorsModule, ReevaluationModule],
  controllers: [ScreeningController],
  providers: [
    ListImportService,
    ListVersionsService,
    ScreeningIndexService,
    VendorScreeningService,
    ListWatchService,
  ],
  exports: [ListImportService, VendorScreeningService, ScreeningIndexService, ListWatchService],
})
export class ScreeningModule implements OnModuleInit {
  constructor(
    private readonly registry: RegistryEvents,
    @InjectQueue('screening') private readonly queue: Queue,
  ) {}

  /** A vendor whose names or entities changed is screened again (in the background). */
  onModuleInit(): void {
    this.registry.onVendorChanged(async (vendorId) => {
      await this.queue.add('screen-vendor', { vendorId }, { jobId: `screen-${vendorId}-${Date.now()}` });
    });
  }
}

import { Module } from '@nestjs/common';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { ReevaluationModule } from '../reviews/reevaluation.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { ScreeningModule } from '../screening/screening.module';
import { ReportsModule } from '../reports/reports.module';
import { WorkerRunner } from './worker-runner.service';

/** BullMQ workers and the reconciler. Loaded only in processes that run the worker role. */
@Module({
  imports: [EvaluationModule, WebhooksModule, ReevaluationModule, ScreeningModule, ReportsModule],
  providers: [WorkerRunner],
  exports: [WorkerRunner],
})
export class WorkerModule {}

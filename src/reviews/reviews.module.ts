import { Module } from '@nestjs/common';
import { EvaluationModule } from '../evaluation/evaluation.module';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module';
import { ModelsModule } from '../models/models.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { ReportsModule } from '../reports/reports.module';
import { PrecheckController } from './precheck.controller';
import { ReevaluationModule } from './reevaluation.module';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [
    ModelsModule,
    JurisdictionsModule,
    WebhooksModule,
    ReevaluationModule,
    EvaluationModule,
    ReportsModule,
  ],
  controllers: [ReviewsController, PrecheckController],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}

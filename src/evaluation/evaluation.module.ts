import { Module } from '@nestjs/common';
import { PoliciesModule } from '../policies/policies.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { ReportsModule } from '../reports/reports.module';
import { ContextBuilder } from './context-builder.service';
import { EvaluationService } from './evaluation.service';
import { ScreeningContextProvider } from './screening-context.provider';

@Module({
  imports: [PoliciesModule, WebhooksModule, ReportsModule],
  providers: [ContextBuilder, ScreeningContextProvider, EvaluationService],
  exports: [EvaluationService, ContextBuilder],
})
export class EvaluationModule {}

import { Module } from '@nestjs/common';
import { ReevaluationModule } from '../reviews/reevaluation.module';
import { PoliciesController } from './policies.controller';
import { PoliciesService } from './policies.service';

@Module({
  imports: [ReevaluationModule],
  controllers: [PoliciesController],
  providers: [PoliciesService],
  exports: [PoliciesService],
})
export class PoliciesModule {}

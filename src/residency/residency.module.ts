import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module';
import { ReevaluationModule } from '../reviews/reevaluation.module';
import { ResidencyRuleEntity } from './residency-rule.entity';
import { ResidencyController } from './residency.controller';
import { ResidencyService } from './residency.service';

@Module({
  imports: [TypeOrmModule.forFeature([ResidencyRuleEntity]), JurisdictionsModule, ReevaluationModule],
  controllers: [ResidencyController],
  providers: [ResidencyService],
})
export class ResidencyModule {}

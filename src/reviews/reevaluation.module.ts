import { Module } from '@nestjs/common';
import { VendorsModule } from '../vendors/vendors.module';
import { ReevaluationService } from './reevaluation.service';

@Module({ imports: [VendorsModule], providers: [ReevaluationService], exports: [ReevaluationService] })
export class ReevaluationModule {}

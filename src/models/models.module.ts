import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module';
import { VendorsModule } from '../vendors/vendors.module';
import { ModelEntity } from './model.entity';
import { ModelsController } from './models.controller';
import { ModelsService } from './models.service';
import { OfferingEntity } from './offering.entity';
import { OfferingsService } from './offerings.service';

@Module({
  imports: [TypeOrmModule.forFeature([ModelEntity, OfferingEntity]), VendorsModule, JurisdictionsModule],
  controllers: [ModelsController],
  providers: [ModelsService, OfferingsService],
  exports: [ModelsService, OfferingsService],
})
export class ModelsModule {}

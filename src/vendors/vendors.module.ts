import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionsModule } from '../jurisdictions/jurisdictions.module';
import { LegalEntitiesService } from './legal-entities.service';
import { LegalEntityEntity } from './legal-entity.entity';
import { RegistryEvents } from './registry-events';
import { VendorEntity } from './vendor.entity';
import { VendorsController } from './vendors.controller';
import { VendorsService } from './vendors.service';

@Module({
  imports: [TypeOrmModule.forFeature([VendorEntity, LegalEntityEntity]), JurisdictionsModule],
  controllers: [VendorsController],
  providers: [VendorsService, LegalEntitiesService, RegistryEvents],
  exports: [VendorsService, LegalEntitiesService, RegistryEvents],
})
export class VendorsModule {}

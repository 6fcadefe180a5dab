import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ALPHA2, ALPHA2_MESSAGE, ProvenanceDto } from '../../common/fact.dto';
import { PageMetaDto } from '../../common/pagination';
import { FACT_STATUSES, FactStatus } from '../../common/provenance';
import { ENTITY_ROLES, EntityRole } from '../../seed/seed-types';
import type { LegalEntityEntity } from '../legal-entity.entity';
import { SLUG, VersionDto } from './vendor.dto';

export class OwnershipEdgeDto {
  @ApiProperty({ format: 'uuid', description: 'The owning legal entity (same vendor)' })
  @IsUUID('all')
  ownerEntityId!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    description: 'Percent owned; null when unknown',
  })
  @ValidateIf((o: OwnershipEdgeDto) => o.percent !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  percent!: number | null;

  @ApiProperty({ enum: FACT_STATUSES }) @IsIn(FACT_STATUSES) status!: FactStatus;
  @ApiPropertyOptional({ type: ProvenanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

export class CreateLegalEntityDto {
  @ApiPropertyOptional({ example: 'zhipu-huazhang' }) @IsOptional() @Matches(SLUG) slug?: string;
  @ApiProperty({ maxLength: 300, example: 'Beijing Zhipu Huazhang Technology Co., Ltd.' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;
  @ApiPropertyOptional({ maxLength: 300, example: '北京智谱华章科技有限公司' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nativeName?: string;
  @ApiPropertyOptional({ type: [String], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  aliases?: string[];
  @ApiProperty({ example: 'CN' }) @Matches(ALPHA2, { message: ALPHA2_MESSAGE }) country!: string;
  @ApiPropertyOptional({ enum: ENTITY_ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ENTITY_ROLES.length)
  @IsIn(ENTITY_ROLES, { each: true })
  roles?: EntityRole[];
  @ApiPropertyOptional({ type: [OwnershipEdgeDto], maxItems: 50 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OwnershipEdgeDto)
  owners?: OwnershipEdgeDto[];
  @ApiPropertyOptional({ enum: FACT_STATUSES, description: 'Status of the facts about this entity' })
  @IsOptional()
  @IsIn(FACT_STATUSES)
  status?: FactStatus;
  @ApiPropertyOptional({ type: ProvenanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

export class UpdateLegalEntityDto extends IntersectionType(
  PartialType(OmitType(CreateLegalEntityDto, ['slug'] as const)),
  VersionDto,
) {}

export class VendorEntityParams {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') id!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') entityId!: string;
}

export class LegalEntityDto extends CreateLegalEntityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) vendorId!: string;
  @ApiProperty() declare slug: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(e: LegalEntityEntity): LegalEntityDto {
    return {
      id: e.id,
      vendorId: e.vendorId,
      slug: e.slug,
      name: e.name,
      nativeName: e.nativeName ?? undefined,
      aliases: e.aliases,
      country: e.country,
      roles: e.roles,
      owners: e.owners,
      status: e.status,
      source: e.source ?? undefined,
      version: e.version,
      createdAt: e.createdAt.toISOString(),
      updatedAt: e.updatedAt.toISOString(),
    };
  }
}

export class LegalEntityPageDto extends PageMetaDto {
  @ApiProperty({ type: [LegalEntityDto] }) data!: LegalEntityDto[];
}

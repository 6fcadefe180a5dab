import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DataHandlingDto, NumberFactDto, RegionsFactDto } from '../../common/fact.dto';
import { PageMetaDto, PageQuery } from '../../common/pagination';
import { OFFERING_MODES, OfferingMode } from '../../seed/seed-types';
import { SLUG, VersionDto } from '../../vendors/dto/vendor.dto';
import type { OfferingEntity } from '../offering.entity';

export class CreateOfferingDto {
  @ApiPropertyOptional({ example: 'glm-5-zai-api' }) @IsOptional() @Matches(SLUG) slug?: string;
  @ApiProperty({ maxLength: 300, example: 'Z.ai API (international)' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;
  @ApiProperty({ enum: OFFERING_MODES }) @IsIn(OFFERING_MODES) mode!: OfferingMode;
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Cloud that hosts a marketplace offering',
    example: 'Google Vertex AI',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  host?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'Legal entity of the vendor that signs the contract',
  })
  @IsOptional()
  @IsUUID('all')
  contractingEntityId?: string | null;
  @ApiPropertyOptional({ type: RegionsFactDto, description: 'Where customer data rests (ISO alpha-2)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegionsFactDto)
  storageRegions?: RegionsFactDto;
  @ApiPropertyOptional({ type: RegionsFactDto, description: 'Where inference runs (ISO alpha-2)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegionsFactDto)
  inferenceRegions?: RegionsFactDto;
  @ApiPropertyOptional({ type: NumberFactDto, description: 'Price per 1M input tokens' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NumberFactDto)
  priceInputPer1M?: NumberFactDto;
  @ApiPropertyOptional({ type: NumberFactDto, description: 'Price per 1M output tokens' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NumberFactDto)
  priceOutputPer1M?: NumberFactDto;
  @ApiPropertyOptional({ example: 'USD', default: 'USD' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string;
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  priceAsOf?: string;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) endpoint?: string;
  @ApiPropertyOptional({
    type: DataHandlingDto,
    description: "Overrides of the vendor's data handling for this offering",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DataHandlingDto)
  dataHandling?: DataHandlingDto;
}

export class UpdateOfferingDto extends IntersectionType(
  PartialType(OmitType(CreateOfferingDto, ['slug'] as const)),
  VersionDto,
) {}

export class OfferingQuery extends PageQuery {
  @ApiPropertyOptional({ enum: OFFERING_MODES }) @IsOptional() @IsIn(OFFERING_MODES) mode?: OfferingMode;
}

export class OfferingDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) modelId!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: OFFERING_MODES }) mode!: OfferingMode;
  @ApiPropertyOptional({ type: String, nullable: true }) host!: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) contractingEntityId!: string | null;
  @ApiProperty({ type: RegionsFactDto }) storageRegions!: RegionsFactDto;
  @ApiProperty({ type: RegionsFactDto }) inferenceRegions!: RegionsFactDto;
  @ApiProperty({ type: NumberFactDto }) priceInputPer1M!: NumberFactDto;
  @ApiProperty({ type: NumberFactDto }) priceOutputPer1M!: NumberFactDto;
  @ApiProperty() currency!: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) priceAsOf!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) endpoint!: string | null;
  @ApiProperty({ type: DataHandlingDto }) dataHandling!: DataHandlingDto;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(o: OfferingEntity): OfferingDto {
    return {
      ...o,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
    } as OfferingDto;
  }
}

export class OfferingPageDto extends PageMetaDto {
  @ApiProperty({ type: [OfferingDto] }) data!: OfferingDto[];
}

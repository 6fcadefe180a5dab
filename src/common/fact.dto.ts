import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FACT_STATUSES, FactStatus } from './provenance';

export const ALPHA2 = /^[A-Z]{2}$/;
export const ALPHA2_MESSAGE = '$property must be ISO 3166-1 alpha-2 codes in upper case (e.g. DE)';

export class ProvenanceDto {
  @ApiPropertyOptional({ maxLength: 2000, example: 'https://docs.z.ai/legal-agreement/privacy-policy' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-11-29' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  retrieved?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  quote?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

/**
 * A fact and where it came from. `unknown` carries a null value; any other status needs a value and a
 * source URL (an `official` URL must be on the vendor's official domains — checked by the service).
 */
abstract class FactBaseDto {
  @ApiProperty({ enum: FACT_STATUSES })
  @IsIn(FACT_STATUSES)
  status!: FactStatus;

  @ApiPropertyOptional({ type: ProvenanceDto })
  @ValidateIf((o: FactBaseDto) => o.status !== 'unknown')
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

const known = (o: FactBaseDto) => o.status !== 'unknown';

export class BooleanFactDto extends FactBaseDto {
  @ApiProperty({ type: Boolean, nullable: true })
  @ValidateIf(known)
  @IsBoolean()
  value!: boolean | null;
}

export class NumberFactDto extends FactBaseDto {
  @ApiProperty({ type: Number, nullable: true })
  @ValidateIf(known)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  value!: number | null;
}

export class StringFactDto extends FactBaseDto {
  @ApiProperty({ type: String, nullable: true, maxLength: 500 })
  @ValidateIf(known)
  @IsString()
  @MaxLength(500)
  value!: string | null;
}

export class RegionsFactDto extends FactBaseDto {
  @ApiProperty({ type: [String], nullable: true, maxItems: 250, example: ['SG'] })
  @ValidateIf(known)
  @IsArray()
  @ArrayMaxSize(250)
  @Matches(ALPHA2, { each: true, message: ALPHA2_MESSAGE })
  value!: string[] | null;
}

export class CertificationDto {
  @ApiProperty({ maxLength: 100, example: 'SOC 2 Type II' }) @IsString() @MaxLength(100) name!: string;
  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) scope?: string;
  @ApiProperty({ enum: FACT_STATUSES }) @IsIn(FACT_STATUSES) status!: FactStatus;
  @ApiPropertyOptional({ type: ProvenanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

export class DataHandlingDto {
  @ApiPropertyOptional({ type: BooleanFactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BooleanFactDto)
  trainsOnCustomerData?: BooleanFactDto;
  @ApiPropertyOptional({ type: NumberFactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NumberFactDto)
  retentionDays?: NumberFactDto;
  @ApiPropertyOptional({ type: BooleanFactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BooleanFactDto)
  zeroDataRetentionAvailable?: BooleanFactDto;
  @ApiPropertyOptional({ type: BooleanFactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BooleanFactDto)
  dpaAvailable?: BooleanFactDto;
  @ApiPropertyOptional({ type: BooleanFactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BooleanFactDto)
  sccsOffered?: BooleanFactDto;
  @ApiPropertyOptional({ type: BooleanFactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BooleanFactDto)
  subProcessorsPublished?: BooleanFactDto;
}

export class DesignationDto {
  @ApiProperty({ maxLength: 100, example: 'BIS Entity List' }) @IsString() @MaxLength(100) list!: string;
  @ApiProperty({ maxLength: 300 }) @IsString() @MaxLength(300) entityName!: string;
  @ApiPropertyOptional({ maxLength: 100, example: '90 FR 4617' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  citation?: string;
  @ApiPropertyOptional({ maxLength: 50, example: '2025-00704' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  frDocument?: string;
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  effective?: string;
  @ApiProperty({ enum: FACT_STATUSES }) @IsIn(FACT_STATUSES) status!: FactStatus;
  @ApiPropertyOptional({ type: ProvenanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

export class PublicBanDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @MaxLength(200) authority!: string;
  @ApiProperty({ example: 'US' }) @Matches(ALPHA2, { message: ALPHA2_MESSAGE }) country!: string;
  @ApiProperty({ maxLength: 300 }) @IsString() @MaxLength(300) scope!: string;
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  date?: string;
  @ApiProperty({ enum: FACT_STATUSES }) @IsIn(FACT_STATUSES) status!: FactStatus;
  @ApiPropertyOptional({ type: ProvenanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

export class AllegationDto {
  @ApiProperty({ maxLength: 100, example: 'distillation' }) @IsString() @MaxLength(100) kind!: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @MaxLength(2000) summary!: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) by?: string;
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(10)
  date?: string;
  @ApiProperty({ enum: FACT_STATUSES }) @IsIn(FACT_STATUSES) status!: FactStatus;
  @ApiPropertyOptional({ type: ProvenanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

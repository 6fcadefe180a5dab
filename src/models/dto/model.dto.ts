import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBooleanString,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { BooleanFactDto, NumberFactDto, ProvenanceDto, StringFactDto } from '../../common/fact.dto';
import { PageMetaDto, PageQuery } from '../../common/pagination';
import { FACT_STATUSES, FactStatus } from '../../common/provenance';
import { SLUG, VersionDto } from '../../vendors/dto/vendor.dto';
import type { ModelEntity } from '../model.entity';

export class BenchmarkDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @MaxLength(200) name!: string;
  @ApiProperty({ maxLength: 500 }) @IsString() @MaxLength(500) value!: string;
  @ApiProperty({ enum: FACT_STATUSES }) @IsIn(FACT_STATUSES) status!: FactStatus;
  @ApiPropertyOptional({ type: ProvenanceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProvenanceDto)
  source?: ProvenanceDto;
}

export const UNKNOWN_FACT = { value: null, status: 'unknown' as const };

export class CreateModelDto {
  @ApiPropertyOptional({ example: 'glm-5' }) @IsOptional() @Matches(SLUG) slug?: string;
  @ApiProperty({ maxLength: 300, example: 'GLM-5' }) @IsString() @MinLength(1) @MaxLength(300) name!: string;
  @ApiPropertyOptional({ maxLength: 200, example: 'glm-5' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  modelVersion?: string;
  @ApiPropertyOptional({ type: StringFactDto, description: 'ISO date; unknown when absent' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StringFactDto)
  releaseDate?: StringFactDto;
  @ApiPropertyOptional({ type: BooleanFactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BooleanFactDto)
  openWeights?: BooleanFactDto;
  @ApiPropertyOptional({ type: StringFactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => StringFactDto)
  license?: StringFactDto;
  @ApiPropertyOptional({ type: NumberFactDto, description: 'Billions of parameters' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NumberFactDto)
  paramsTotalB?: NumberFactDto;
  @ApiPropertyOptional({ type: NumberFactDto, description: 'Billions of active parameters (MoE)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NumberFactDto)
  paramsActiveB?: NumberFactDto;
  @ApiPropertyOptional({ type: NumberFactDto, description: 'Tokens' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NumberFactDto)
  contextWindow?: NumberFactDto;
  @ApiPropertyOptional({ type: [String], maxItems: 10, example: ['text'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  modalities?: string[];
  @ApiPropertyOptional({ type: StringFactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => StringFactDto)
  trainingHardware?: StringFactDto;
  @ApiPropertyOptional({ type: [BenchmarkDto], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BenchmarkDto)
  benchmarks?: BenchmarkDto[];
}

export class UpdateModelDto extends IntersectionType(
  PartialType(OmitType(CreateModelDto, ['slug'] as const)),
  VersionDto,
) {}

export class ModelQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only open-weights (true) or closed (false) models' })
  @IsOptional()
  @IsBooleanString()
  openWeights?: string;
}

export class ModelDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) vendorId!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) modelVersion!: string | null;
  @ApiProperty({ type: StringFactDto }) releaseDate!: StringFactDto;
  @ApiProperty({ type: BooleanFactDto }) openWeights!: BooleanFactDto;
  @ApiProperty({ type: StringFactDto }) license!: StringFactDto;
  @ApiProperty({ type: NumberFactDto }) paramsTotalB!: NumberFactDto;
  @ApiProperty({ type: NumberFactDto }) paramsActiveB!: NumberFactDto;
  @ApiProperty({ type: NumberFactDto }) contextWindow!: NumberFactDto;
  @ApiProperty({ type: [String] }) modalities!: string[];
  @ApiProperty({ type: StringFactDto }) trainingHardware!: StringFactDto;
  @ApiProperty({ type: [BenchmarkDto] }) benchmarks!: BenchmarkDto[];
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(m: ModelEntity): ModelDto {
    const { isOpenWeights: _derived, ...rest } = m;
    return {
      ...rest,
      createdAt: m.createdAt.toISOString(),
      updatedAt: m.updatedAt.toISOString(),
    } as ModelDto;
  }
}

export class ModelPageDto extends PageMetaDto {
  @ApiProperty({ type: [ModelDto] }) data!: ModelDto[];
}

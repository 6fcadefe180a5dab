import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
} from 'class-validator';
import { ALPHA2, ALPHA2_MESSAGE } from '../../common/fact.dto';
import { CRITICALITIES, Criticality, DATA_CLASSES, DataClass } from '../../policies/engine/context';

const REGION = /^([A-Z]{2}|EU|EEA)$/;

/** `recordsPerYear`: a map from data class to a non-negative whole number of records. */
function IsRecordsPerYear() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isRecordsPerYear',
      target: object.constructor,
      propertyName,
      validator: {
        validate(value: unknown) {
          if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
          const entries = Object.entries(value as Record<string, unknown>);
          return (
            entries.length <= DATA_CLASSES.length &&
            entries.every(
              ([k, v]) =>
                (DATA_CLASSES as readonly string[]).includes(k) &&
                Number.isSafeInteger(v) &&
                (v as number) >= 0,
            )
          );
        },
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must map data classes (${DATA_CLASSES.join(', ')}) to whole numbers ≥ 0`,
      },
    });
}

export class MonthlyTokensDto {
  @ApiProperty({ minimum: 0, example: 200_000_000 }) @IsInt() @Min(0) @Max(1e15) input!: number;
  @ApiProperty({ minimum: 0, example: 50_000_000 }) @IsInt() @Min(0) @Max(1e15) output!: number;
}

export class UseCaseDto {
  @ApiProperty({ maxLength: 200, example: 'Customer-support assistant' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @MaxLength(2000) purpose!: string;
  @ApiProperty({ enum: DATA_CLASSES, isArray: true })
  @IsArray()
  @ArrayMaxSize(DATA_CLASSES.length)
  @ArrayUnique()
  @IsIn(DATA_CLASSES, { each: true })
  dataClasses!: DataClass[];
  @ApiProperty({ type: [String], example: ['EU', 'US'], description: 'ISO alpha-2, or EU / EEA' })
  @IsArray()
  @ArrayMaxSize(250)
  @ArrayUnique()
  @Matches(REGION, { each: true, message: 'dataSubjectRegions must be ISO alpha-2 codes, EU or EEA' })
  dataSubjectRegions!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { personal_data: 250000 },
  })
  @IsRecordsPerYear()
  recordsPerYear!: Partial<Record<DataClass, number>>;
  @ApiProperty({ enum: CRITICALITIES }) @IsIn(CRITICALITIES) criticality!: Criticality;
  @ApiProperty({ maxLength: 100, example: 'retail' }) @IsString() @MaxLength(100) sector!: string;
  @ApiProperty() @IsBoolean() publicSector!: boolean;
  @ApiProperty({ type: MonthlyTokensDto })
  @ValidateNested()
  @Type(() => MonthlyTokensDto)
  monthlyTokens!: MonthlyTokensDto;
}

export type UseCaseInput = UseCaseDto;

export class CreateReviewDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') vendorId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') modelId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') offeringId!: string;
  @ApiPropertyOptional({
    example: 'DE',
    description: 'Where a self-hosted offering runs (ISO alpha-2); required for self_hosted',
  })
  @IsOptional()
  @Matches(ALPHA2, { message: ALPHA2_MESSAGE })
  selfHostedRegion?: string;
  @ApiProperty({ type: UseCaseDto }) @ValidateNested() @Type(() => UseCaseDto) useCase!: UseCaseDto;
  @ApiPropertyOptional({ maxLength: 2000, description: 'Receives signed decision-change webhooks' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  callbackUrl?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { DATA_CLASSES, DataClass } from '../../policies/engine/context';
import type { ResidencyRuleEntity } from '../residency-rule.entity';

const REGION = /^([A-Z]{2}|EU|EEA)$/;
export const MECHANISMS = ['dpa', 'sccs', 'zdr', 'tia', 'no_training'] as const;

export class DataClassParam {
  @ApiProperty({ enum: DATA_CLASSES }) @IsIn(DATA_CLASSES) dataClass!: DataClass;
}

export class PutResidencyRuleDto {
  @ApiProperty({
    type: [String],
    example: ['EEA', 'CH', 'GB'],
    description:
      'Where the class may be stored and processed (ISO alpha-2, EU, EEA); empty = anywhere not prohibited',
  })
  @IsArray()
  @ArrayMaxSize(250)
  @ArrayUnique()
  @Matches(REGION, { each: true, message: 'allowed must be ISO alpha-2 codes, EU or EEA' })
  allowed!: string[];
  @ApiProperty({ type: [String], example: ['CN', 'RU'] })
  @IsArray()
  @ArrayMaxSize(250)
  @ArrayUnique()
  @Matches(REGION, { each: true, message: 'prohibited must be ISO alpha-2 codes, EU or EEA' })
  prohibited!: string[];
  @ApiProperty({
    enum: MECHANISMS,
    isArray: true,
    description:
      'What must be in place: DPA, SCCs, zero data retention, transfer impact assessment, no training on the data',
  })
  @IsArray()
  @ArrayMaxSize(MECHANISMS.length)
  @ArrayUnique()
  @IsIn(MECHANISMS, { each: true })
  requiredMechanisms!: string[];
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ApiPropertyOptional({
    description: 'The version you read (omit to create); a stale version is refused with 409',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ResidencyRuleDto {
  @ApiProperty({ enum: DATA_CLASSES }) dataClass!: string;
  @ApiProperty({ type: [String] }) allowed!: string[];
  @ApiProperty({ type: [String] }) prohibited!: string[];
  @ApiProperty({ type: [String] }) requiredMechanisms!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  static from(r: ResidencyRuleEntity): ResidencyRuleDto {
    return { ...r, updatedAt: r.updatedAt.toISOString() };
  }
}

export class ResidencyRuleListDto {
  @ApiProperty({ type: [ResidencyRuleDto] }) data!: ResidencyRuleDto[];
  @ApiProperty() total!: number;
}

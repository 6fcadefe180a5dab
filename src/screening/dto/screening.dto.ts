import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { IMPORT_FORMATS } from '../screening.entity';

export class ImportMultipartDto {
  @ApiProperty({ enum: IMPORT_FORMATS }) format!: string;
  @ApiPropertyOptional({ format: 'date', description: 'Publication date of the list files' })
  publishedOn?: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'binary' },
    description: 'The files as published (OFAC sets recognised by name)',
  })
  files!: unknown[];
}

export class ImportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: IMPORT_FORMATS }) format!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status!: string;
  @ApiProperty() rowsRead!: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) rowsTotal!: number | null;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: { name: { type: 'string' }, bytes: { type: 'integer' }, sha256: { type: 'string' } },
    },
  })
  files!: { name: string; bytes: number; sha256: string }[];
  @ApiPropertyOptional({
    type: 'object',
    nullable: true,
    properties: { file: { type: 'string' }, line: { type: 'integer' }, reason: { type: 'string' } },
  })
  error!: { file: string | null; line: number | null; reason: string } | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) listVersionId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
}

export class SearchQuery {
  @ApiProperty({ maxLength: 300, example: 'Huawei Technologies' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 1, default: 0.8 })
  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  minScore?: number;
  @ApiPropertyOptional({
    description: 'Comma-separated list names, e.g. OFAC SDN,OFAC NS-CMIC',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  sources?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class MatchedTokenDto {
  @ApiProperty() query!: string;
  @ApiProperty() candidate!: string;
  @ApiProperty() score!: number;
}

export class SearchHitDto {
  @ApiProperty({ description: '0–1' }) score!: number;
  @ApiProperty({ example: 'OFAC SDN' }) list!: string;
  @ApiProperty() entityNumber!: string;
  @ApiProperty() name!: string;
  @ApiProperty() matchedName!: string;
  @ApiProperty({ enum: ['primary', 'alt', 'native'] }) matchedKind!: string;
  @ApiProperty({ type: [String] }) programs!: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) type!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) federalRegisterNotice!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) licenseRequirement!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) licensePolicy!: string | null;
  @ApiProperty({ type: [MatchedTokenDto] }) matchedTokens!: MatchedTokenDto[];
  @ApiProperty({ description: 'The list version the entry comes from' }) listVersion!: string;
}

export class SearchResultDto {
  @ApiProperty({ type: [SearchHitDto] }) data!: SearchHitDto[];
  @ApiProperty({ type: [String], description: 'Current list versions searched' }) listVersions!: string[];
}

export class ListVersionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() source!: string;
  @ApiProperty() format!: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) publishedOn!: string | null;
  @ApiProperty({ format: 'date-time' }) retrievedAt!: string;
  @ApiProperty() rowCount!: number;
  @ApiProperty() contentHash!: string;
  @ApiProperty() isCurrent!: boolean;
}

export class ListVersionListDto {
  @ApiProperty({ type: [ListVersionDto] }) data!: ListVersionDto[];
}

export class SourceParam {
  @ApiProperty({ enum: ['csl', 'ofac-sdn', 'ofac-cons'] })
  @IsIn(['csl', 'ofac-sdn', 'ofac-cons'])
  source!: string;
}

export class DiffQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Older version (default: the one before `to`)' })
  @IsOptional()
  @IsUUID('all')
  from?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Newer version (default: current)' })
  @IsOptional()
  @IsUUID('all')
  to?: string;
}

export class DiffEntryDto {
  @ApiProperty() entryKey!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ type: [String], description: 'For changed entries: the fields that differ' })
  changedFields?: string[];
}

export class DiffDto {
  @ApiProperty({ format: 'uuid' }) from!: string;
  @ApiProperty({ format: 'uuid' }) to!: string;
  @ApiProperty({
    type: 'object',
    properties: { added: { type: 'integer' }, removed: { type: 'integer' }, changed: { type: 'integer' } },
  })
  counts!: { added: number; removed: number; changed: number };
  @ApiProperty({ type: [DiffEntryDto] }) added!: DiffEntryDto[];
  @ApiProperty({ type: [DiffEntryDto] }) removed!: DiffEntryDto[];
  @ApiProperty({ type: [DiffEntryDto] }) changed!: DiffEntryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
}

export class DispositionDto {
  @ApiProperty({ enum: ['confirmed', 'false_positive'] })
  @IsIn(['confirmed', 'false_positive'])
  disposition!: 'confirmed' | 'false_positive';
  @ApiProperty({ minLength: 10, maxLength: 5000 })
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  reason!: string;
}

export class ScreeningHitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) legalEntityId!: string | null;
  @ApiProperty({ description: 'The vendor or legal entity screened' }) subjectName!: string;
  @ApiProperty() queriedName!: string;
  @ApiProperty() list!: string;
  @ApiProperty() entityNumber!: string;
  @ApiProperty() entryName!: string;
  @ApiProperty() matchedName!: string;
  @ApiProperty() score!: number;
  @ApiPropertyOptional({ enum: ['confirmed', 'false_positive'], nullable: true, type: String }) disposition!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) dispositionReason!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) dispositionBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reopenedReason!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) federalRegisterNotice!: string | null;
  @ApiProperty({ type: [String] }) programs!: string[];
}

export class VendorScreeningDto {
  @ApiProperty({ enum: ['confirmed', 'potential', 'clear', 'not_screened'] }) status!: string;
  @ApiProperty({ type: [String] }) listVersions!: string[];
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) screenedAt!: string | null;
  @ApiProperty({ type: [ScreeningHitDto] }) hits!: ScreeningHitDto[];
}

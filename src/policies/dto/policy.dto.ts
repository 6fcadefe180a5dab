import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageMetaDto } from '../../common/pagination';
import type { PolicyPackEntity } from '../policy-pack.entity';

export class PackQuery {
  @ApiPropertyOptional({ description: 'File name reported in errors', example: 'org-pack.yaml' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'name must be a plain file name' })
  name?: string;
}

export class PackErrorDto {
  @ApiProperty() code!: string;
  @ApiProperty() file!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) ruleId!: string | null;
  @ApiProperty() path!: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) line!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) column!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) exprOffset!: number | null;
  @ApiProperty() message!: string;
}

export class PackValidationDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: [PackErrorDto] }) errors!: PackErrorDto[];
  @ApiPropertyOptional() packId?: string;
  @ApiPropertyOptional() version?: string;
  @ApiPropertyOptional() contentHash?: string;
  @ApiPropertyOptional() ruleCount?: number;
}

export class PolicyPackDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() packId!: string;
  @ApiProperty() packVersion!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ description: 'SHA-256 of the pack text' }) contentHash!: string;
  @ApiProperty() sourceName!: string;
  @ApiProperty() ruleCount!: number;
  @ApiProperty() active!: boolean;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) activatedAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) activatedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ description: 'The YAML text (single-pack reads only)' }) yaml?: string;

  static from(p: PolicyPackEntity, withYaml = false): PolicyPackDto {
    return {
      id: p.id,
      packId: p.packId,
      packVersion: p.packVersion,
      description: p.description,
      contentHash: p.contentHash,
      sourceName: p.sourceName,
      ruleCount: p.ruleCount,
      active: p.active,
      activatedAt: p.activatedAt?.toISOString() ?? null,
      activatedBy: p.activatedBy,
      createdAt: p.createdAt.toISOString(),
      ...(withYaml ? { yaml: p.yaml } : {}),
    };
  }
}

export class PolicyPackPageDto extends PageMetaDto {
  @ApiProperty({ type: [PolicyPackDto] }) data!: PolicyPackDto[];
}

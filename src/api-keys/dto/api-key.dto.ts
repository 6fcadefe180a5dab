import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { API_ROLES, ApiRole } from '../../common/auth';
import { PageMetaDto } from '../../common/pagination';
import type { ApiKeyEntity } from '../api-key.entity';

export class CreateApiKeyDto {
  @ApiProperty({ maxLength: 100, example: 'procurement-system' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: API_ROLES })
  @IsIn(API_ROLES)
  role!: ApiRole;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: API_ROLES }) role!: ApiRole;
  @ApiProperty({ description: 'First characters of the key, for telling keys apart' }) prefix!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) lastUsedAt!: string | null;

  static from(e: ApiKeyEntity): ApiKeyDto {
    return {
      id: e.id,
      name: e.name,
      role: e.role,
      prefix: e.prefix,
      createdAt: e.createdAt.toISOString(),
      revokedAt: e.revokedAt?.toISOString() ?? null,
      lastUsedAt: e.lastUsedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The secret. Shown only in this response; store it now.' }) key!: string;
}

export class ApiKeyPageDto extends PageMetaDto {
  @ApiProperty({ type: [ApiKeyDto] }) data!: ApiKeyDto[];
}

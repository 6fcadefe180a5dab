import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '../common/auth';
import { PageMetaDto, PageQuery } from '../common/pagination';
import { AuditService } from './audit.service';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) subjectId?: string;
  @ApiPropertyOptional({ maxLength: 100, example: 'review.decision_changed' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;
}

export class AuditEventDto {
  @ApiProperty() seq!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() actorName!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) actorKeyId!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() subjectType!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) subjectId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty() prevHash!: string;
  @ApiProperty() hash!: string;
}

export class AuditPageDto extends PageMetaDto {
  @ApiProperty({ type: [AuditEventDto] }) data!: AuditEventDto[];
}

export class AuditVerificationDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty() events!: number;
  @ApiPropertyOptional({ description: 'Id of the first event whose hash does not match' }) brokenAt?: string;
}

@ApiTags('audit')
@Controller('v1/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('compliance_officer', 'legal')
  @ApiOperation({ summary: 'Audit events, newest first' })
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() q: AuditQuery): Promise<AuditPageDto> {
    const page = await this.audit.list(q);
    return { ...page, data: page.data.map((e) => ({ ...e, at: e.at.toISOString() })) };
  }

  @Get('verify')
  @Roles('compliance_officer', 'legal')
  @ApiOperation({ summary: 'Re-compute the hash chain of the audit log' })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(): Promise<AuditVerificationDto> {
    return this.audit.verify();
  }
}

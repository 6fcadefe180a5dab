import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Principal, Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { IdParam } from '../common/id-param';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller('v1/reviews')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':id/report.pdf')
  @Roles('legal', 'compliance_officer')
  @ApiOperation({
    summary: 'The PDF risk report of the current evaluation (SHA-256 re-checked, download audited)',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Not ready yet (details.status)' })
  async pdf(
    @Param() p: IdParam,
    @CurrentPrincipal() who: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { pdf, sha256, fileName } = await this.reports.pdf(p.id, who);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('etag', `"${sha256}"`)
      .header('x-content-sha256', sha256)
      .header('cache-control', 'private, no-store');
    return pdf;
  }

  @Get(':id/report.json')
  @Roles('legal', 'compliance_officer')
  @Header('cache-control', 'private, no-store')
  @ApiOperation({
    summary:
      'The JSON twin of the report: the same content, machine-readable, with pack hash and list versions',
  })
  @ApiOkResponse({ description: 'The report model', schema: { type: 'object', additionalProperties: true } })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Not ready yet (details.status)' })
  async json(
    @Param() p: IdParam,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Record<string, unknown>> {
    const { json, sha256 } = await this.reports.json(p.id);
    void reply.header('etag', `"${sha256}"`);
    return json;
  }
}

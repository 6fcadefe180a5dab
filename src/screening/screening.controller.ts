import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, Principal, Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { DomainError } from '../common/errors';
import { IdParam } from '../common/id-param';
import {
  DiffDto,
  DiffQuery,
  DispositionDto,
  ImportDto,
  ImportMultipartDto,
  ListVersionListDto,
  ScreeningHitDto,
  SearchQuery,
  SearchResultDto,
  SourceParam,
  VendorScreeningDto,
} from './dto/screening.dto';
import { ListImportService, UploadedFile } from './list-import.service';
import { ListVersionsService } from './list-versions.service';
import type { ScreeningHitEntity, ScreeningImportEntity } from './screening.entity';
import { VendorScreeningService } from './vendor-screening.service';

const toImportDto = (i: ScreeningImportEntity): ImportDto => ({
  id: i.id,
  format: i.format,
  source: i.source,
  status: i.status,
  rowsRead: i.rowsRead,
  rowsTotal: i.rowsTotal,
  files: i.files,
  error: i.error,
  listVersionId: i.listVersionId,
  createdAt: i.createdAt.toISOString(),
  finishedAt: i.finishedAt?.toISOString() ?? null,
});

export const toHitDto = (h: ScreeningHitEntity): ScreeningHitDto => {
  const entry = h.entry as { programs?: string[]; federalRegisterNotice?: string | null };
  return {
    id: h.id,
    legalEntityId: h.legalEntityId,
    subjectName: h.subjectName,
    queriedName: h.queriedName,
    list: h.list,
    entityNumber: h.entityNumber,
    entryName: h.entryName,
    matchedName: h.matchedName,
    score: h.score,
    disposition: h.disposition,
    dispositionReason: h.dispositionReason,
    dispositionBy: h.dispositionBy,
    reopenedReason: h.reopenedReason,
    federalRegisterNotice: entry.federalRegisterNotice ?? null,
    programs: entry.programs ?? [],
  };
};

@ApiTags('screening')
@Controller('v1')
export class ScreeningController {
  constructor(
    private readonly imports: ListImportService,
    private readonly versions: ListVersionsService,
    private readonly vendors: VendorScreeningService,
  ) {}

  @Post('screening/imports')
  @HttpCode(202)
  @Roles()
  @ApiOperation({ summary: 'Import list files as published (background job); admins' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportMultipartDto })
  @ApiAcceptedResponse({ type: ImportDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  async createImport(
    @Req() req: FastifyRequest,
    @CurrentPrincipal() who: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportDto> {
    if (!req.isMultipart())
      throw new DomainError(
        'unsupported_media_type',
        'Send multipart/form-data with a format field and files',
      );
    const files: UploadedFile[] = [];
    const fields: Record<string, string> = {};
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        files.push({ name: part.filename.replace(/^.*[\\/]/, ''), content: await part.toBuffer() });
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
    const unknown = Object.keys(fields).filter((f) => f !== 'format' && f !== 'publishedOn');
    if (unknown.length) {
      throw new DomainError(
        'validation_failed',
        'Request validation failed',
        unknown.map((f) => ({ field: f, messages: [`property ${f} should not exist`] })),
      );
    }
    const created = await this.imports.create(fields.format ?? '', files, fields.publishedOn ?? null, who);
    void reply.header('location', `/v1/screening/imports/${created.id}`);
    return toImportDto(created);
  }

  @Get('screening/imports/:id')
  @Roles()
  @ApiOperation({ summary: 'Import status and progress (rows read / total)' })
  @ApiOkResponse({ type: ImportDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  async getImport(@Param() p: IdParam): Promise<ImportDto> {
    return toImportDto(await this.imports.get(p.id));
  }

  @Get('screening/lists')
  @Roles('compliance_officer', 'legal')
  @ApiOperation({ summary: 'List versions of every source, newest first' })
  @ApiOkResponse({ type: ListVersionListDto })
  async lists(): Promise<ListVersionListDto> {
    return { data: await this.versions.list() };
  }

  @Get('screening/lists/:source/diff')
  @Roles('compliance_officer', 'legal')
  @ApiOperation({ summary: 'Entries added, removed and changed between two versions of a source' })
  @ApiOkResponse({ type: DiffDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  diff(@Param() p: SourceParam, @Query() q: DiffQuery): Promise<DiffDto> {
    return this.versions.diff(p.source, q);
  }

  @Get('screening/search')
  @Roles('compliance_officer', 'legal')
  @ApiOperation({ summary: 'Search names across the current lists (fuzzy, alt and native names)' })
  @ApiOkResponse({ type: SearchResultDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  search(@Query() q: SearchQuery): Promise<SearchResultDto> {
    return this.versions.search(q);
  }

  @Post('vendors/:id/screening')
  @HttpCode(200)
  @Roles('compliance_officer')
  @ApiOperation({ summary: 'Screen a vendor group now (every entity, alias and native name)' })
  @ApiOkResponse({ type: VendorScreeningDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  async screen(@Param() p: IdParam): Promise<VendorScreeningDto> {
    await this.vendors.screenAndReevaluate(p.id);
    return this.vendorResult(p.id);
  }

  @Get('vendors/:id/screening')
  @Roles('compliance_officer', 'legal')
  @ApiOperation({ summary: 'The vendor’s last screening result and its active hits' })
  @ApiOkResponse({ type: VendorScreeningDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  vendorScreening(@Param() p: IdParam): Promise<VendorScreeningDto> {
    return this.vendorResult(p.id);
  }

  @Post('screening/hits/:id/disposition')
  @HttpCode(200)
  @Roles('compliance_officer')
  @ApiOperation({
    summary: 'Adjudicate a hit: confirmed or false positive, with a reason (survives re-screening)',
  })
  @ApiOkResponse({ type: ScreeningHitDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  async dispose(
    @Param() p: IdParam,
    @Body() body: DispositionDto,
    @CurrentPrincipal() who: Principal,
  ): Promise<ScreeningHitDto> {
    return toHitDto(await this.vendors.dispose(p.id, body.disposition, body.reason, who));
  }

  private async vendorResult(vendorId: string): Promise<VendorScreeningDto> {
    await this.versions.assertVendor(vendorId);
    const { screening, hits } = await this.vendors.result(vendorId);
    return {
      status: screening?.status ?? 'not_screened',
      listVersions: screening?.listVersions ?? [],
      screenedAt: screening?.screenedAt.toISOString() ?? null,
      hits: hits.map(toHitDto),
    };
  }
}

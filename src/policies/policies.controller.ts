import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { DomainError } from '../common/errors';
import { IdParam } from '../common/id-param';
import { PageQuery } from '../common/pagination';
import { PackQuery, PackValidationDto, PolicyPackDto, PolicyPackPageDto } from './dto/policy.dto';
import { PoliciesService } from './policies.service';

const MAX_PACK_BYTES = 512 * 1024;
const yamlBody = {
  schema: { type: 'string', maxLength: MAX_PACK_BYTES },
  description: 'The pack as YAML text',
} as const;

function packText(body: unknown): string {
  if (typeof body !== 'string') {
    throw new DomainError(
      'unsupported_media_type',
      'Send the pack as YAML text with Content-Type: application/yaml',
    );
  }
  if (Buffer.byteLength(body) > MAX_PACK_BYTES)
    throw new DomainError('payload_too_large', `A pack may be at most ${MAX_PACK_BYTES} bytes`);
  if (body.includes('\u0000')) {
    throw new DomainError('validation_failed', 'Request validation failed', [
      { field: '(body)', messages: ['must not contain a NUL character'] },
    ]);
  }
  return body;
}

@ApiTags('policies')
@Controller('v1/policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @Roles('compliance_officer', 'legal')
  @ApiOperation({ summary: 'List policy packs (newest first) and which one is active' })
  @ApiOkResponse({ type: PolicyPackPageDto })
  async list(@Query() q: PageQuery): Promise<PolicyPackPageDto> {
    const page = await this.policies.list(q);
    return { ...page, data: page.data.map((p) => PolicyPackDto.from(p)) };
  }

  @Get(':id')
  @Roles('compliance_officer', 'legal')
  @ApiOperation({ summary: 'Get one policy pack with its YAML' })
  @ApiOkResponse({ type: PolicyPackDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  async get(@Param() p: IdParam): Promise<PolicyPackDto> {
    return PolicyPackDto.from(await this.policies.get(p.id), true);
  }

  @Post('validate')
  @HttpCode(200)
  @Roles('compliance_officer')
  @ApiOperation({
    summary: 'Check a pack without activating it: shape, CEL syntax, field references and types',
  })
  @ApiConsumes('application/yaml')
  @ApiBody(yamlBody)
  @ApiOkResponse({ type: PackValidationDto, description: 'The pack is valid' })
  @ApiUnprocessableEntityResponse({
    type: ErrorEnvelopeDto,
    description: 'Errors naming file, rule id and position',
  })
  validate(@Body() body: unknown, @Query() q: PackQuery): PackValidationDto {
    const outcome = this.policies.validate(packText(body), q.name ?? 'submitted.yaml');
    if (!outcome.valid)
      throw new DomainError('validation_failed', 'The policy pack is invalid', outcome.errors);
    const pack = outcome.pack!;
    return {
      valid: true,
      errors: [],
      packId: pack.id,
      version: pack.version,
      contentHash: pack.contentHash,
      ruleCount: pack.rules.length,
    };
  }

  @Post()
  @Roles()
  @ApiOperation({
    summary: 'Validate and activate a pack (admins); decided reviews are re-evaluated against it',
  })
  @ApiConsumes('application/yaml')
  @ApiBody(yamlBody)
  @ApiCreatedResponse({ type: PolicyPackDto })
  @ApiUnprocessableEntityResponse({
    type: ErrorEnvelopeDto,
    description: 'Invalid pack; the active pack is unchanged',
  })
  async activate(
    @Body() body: unknown,
    @Query() q: PackQuery,
    @CurrentPrincipal() who: Principal,
  ): Promise<PolicyPackDto> {
    return PolicyPackDto.from(await this.policies.activate(packText(body), q.name ?? 'submitted.yaml', who));
  }
}

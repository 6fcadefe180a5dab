import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import {
  DataClassParam,
  PutResidencyRuleDto,
  ResidencyRuleDto,
  ResidencyRuleListDto,
} from './dto/residency.dto';
import { ResidencyService } from './residency.service';

@ApiTags('residency-rules')
@Controller('v1/residency-rules')
export class ResidencyController {
  constructor(private readonly residency: ResidencyService) {}

  @Get()
  @Roles('compliance_officer', 'legal', 'procurement')
  @ApiOperation({ summary: 'The organisation’s data-residency rules, one per data class' })
  @ApiOkResponse({ type: ResidencyRuleListDto })
  async list(): Promise<ResidencyRuleListDto> {
    const rows = await this.residency.list();
    return { data: rows.map((r) => ResidencyRuleDto.from(r)), total: rows.length };
  }

  @Get(':dataClass')
  @Roles('compliance_officer', 'legal', 'procurement')
  @ApiOperation({ summary: 'The rule of one data class' })
  @ApiOkResponse({ type: ResidencyRuleDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  async get(@Param() p: DataClassParam): Promise<ResidencyRuleDto> {
    return ResidencyRuleDto.from(await this.residency.get(p.dataClass));
  }

  @Put(':dataClass')
  @Roles('compliance_officer')
  @ApiOperation({ summary: 'Create or replace the rule of a data class; decided reviews are re-evaluated' })
  @ApiOkResponse({ type: ResidencyRuleDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Stale or missing version' })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  async put(
    @Param() p: DataClassParam,
    @Body() body: PutResidencyRuleDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ResidencyRuleDto> {
    const { rule, created } = await this.residency.put(p.dataClass, body);
    if (created) void reply.status(201);
    return ResidencyRuleDto.from(rule);
  }
}

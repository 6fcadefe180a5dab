import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import {
  Alpha2Param,
  JurisdictionDto,
  JurisdictionPageDto,
  JurisdictionQuery,
  UpdateJurisdictionDto,
} from './dto/jurisdiction.dto';
import { JurisdictionsService } from './jurisdictions.service';

@ApiTags('jurisdictions')
@Controller('v1/jurisdictions')
export class JurisdictionsController {
  constructor(private readonly service: JurisdictionsService) {}

  @Get()
  @Roles('compliance_officer', 'legal', 'procurement')
  @ApiOkResponse({ type: JurisdictionPageDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  @ApiOperation({ summary: 'List jurisdictions with their regimes' })
  async list(@Query() q: JurisdictionQuery): Promise<JurisdictionPageDto> {
    const page = await this.service.list(q);
    return { ...page, data: page.data.map((j) => JurisdictionDto.from(j)) };
  }

  @Get(':alpha2')
  @Roles('compliance_officer', 'legal', 'procurement')
  @ApiOkResponse({ type: JurisdictionDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiOperation({ summary: 'Get one jurisdiction by ISO alpha-2' })
  async get(@Param() p: Alpha2Param): Promise<JurisdictionDto> {
    return JurisdictionDto.from(await this.service.get(p.alpha2));
  }

  @Patch(':alpha2')
  @Roles('compliance_officer')
  @ApiOkResponse({ type: JurisdictionDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Stale version' })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  @ApiOperation({ summary: "Update a jurisdiction's regimes" })
  async update(@Param() p: Alpha2Param, @Body() body: UpdateJurisdictionDto): Promise<JurisdictionDto> {
    return JurisdictionDto.from(await this.service.update(p.alpha2, body));
  }
}

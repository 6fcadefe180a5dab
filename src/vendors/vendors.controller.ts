import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { IdParam } from '../common/id-param';
import { PageQuery } from '../common/pagination';
import {
  CreateLegalEntityDto,
  LegalEntityDto,
  LegalEntityPageDto,
  UpdateLegalEntityDto,
  VendorEntityParams,
} from './dto/legal-entity.dto';
import { CreateVendorDto, UpdateVendorDto, VendorDto, VendorPageDto, VendorQuery } from './dto/vendor.dto';
import { LegalEntitiesService } from './legal-entities.service';
import { VendorsService } from './vendors.service';

const READERS = ['compliance_officer', 'legal', 'procurement'] as const;

@ApiTags('vendors')
@ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto, description: 'Validation failed (field details)' })
@Controller('v1/vendors')
export class VendorsController {
  constructor(
    private readonly vendors: VendorsService,
    private readonly entities: LegalEntitiesService,
  ) {}

  @Post()
  @Roles('compliance_officer')
  @ApiCreatedResponse({ type: VendorDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Slug already taken' })
  @ApiOperation({ summary: 'Register a vendor' })
  async create(@Body() body: CreateVendorDto): Promise<VendorDto> {
    return VendorDto.from(await this.vendors.create(body));
  }

  @Get()
  @Roles(...READERS)
  @ApiOkResponse({ type: VendorPageDto })
  @ApiOperation({ summary: 'List vendors' })
  async list(@Query() q: VendorQuery): Promise<VendorPageDto> {
    const page = await this.vendors.list(q);
    return { ...page, data: page.data.map((v) => VendorDto.from(v)) };
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ type: VendorDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiOperation({ summary: 'Get a vendor' })
  async get(@Param() p: IdParam): Promise<VendorDto> {
    return VendorDto.from(await this.vendors.get(p.id));
  }

  @Patch(':id')
  @Roles('compliance_officer')
  @ApiOkResponse({ type: VendorDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Stale version' })
  @ApiOperation({ summary: 'Update a vendor (optimistic concurrency)' })
  async update(@Param() p: IdParam, @Body() body: UpdateVendorDto): Promise<VendorDto> {
    return VendorDto.from(await this.vendors.update(p.id, body));
  }

  @Post(':id/entities')
  @Roles('compliance_officer')
  @ApiCreatedResponse({ type: LegalEntityDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Slug already taken for this vendor' })
  @ApiOperation({ summary: 'Add a legal entity to a vendor' })
  async createEntity(@Param() p: IdParam, @Body() body: CreateLegalEntityDto): Promise<LegalEntityDto> {
    return LegalEntityDto.from(await this.entities.create(p.id, body));
  }

  @Get(':id/entities')
  @Roles(...READERS)
  @ApiOkResponse({ type: LegalEntityPageDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiOperation({ summary: "List a vendor's legal entities" })
  async listEntities(@Param() p: IdParam, @Query() q: PageQuery): Promise<LegalEntityPageDto> {
    const page = await this.entities.list(p.id, q);
    return { ...page, data: page.data.map((e) => LegalEntityDto.from(e)) };
  }

  @Get(':id/entities/:entityId')
  @Roles(...READERS)
  @ApiOkResponse({ type: LegalEntityDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiOperation({ summary: 'Get one legal entity' })
  async getEntity(@Param() p: VendorEntityParams): Promise<LegalEntityDto> {
    return LegalEntityDto.from(await this.entities.get(p.id, p.entityId));
  }

  @Patch(':id/entities/:entityId')
  @Roles('compliance_officer')
  @ApiOkResponse({ type: LegalEntityDto })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Stale version' })
  @ApiOperation({ summary: 'Update a legal entity' })
  async updateEntity(
    @Param() p: VendorEntityParams,
    @Body() body: UpdateLegalEntityDto,
  ): Promise<LegalEntityDto> {
    return LegalEntityDto.from(await this.entities.update(p.id, p.entityId, body));
  }
}

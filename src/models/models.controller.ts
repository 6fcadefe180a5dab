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
import { CreateModelDto, ModelDto, ModelPageDto, ModelQuery, UpdateModelDto } from './dto/model.dto';
import {
  CreateOfferingDto,
  OfferingDto,
  OfferingPageDto,
  OfferingQuery,
  UpdateOfferingDto,
} from './dto/offering.dto';
import { ModelsService } from './models.service';
import { OfferingsService } from './offerings.service';

const READERS = ['compliance_officer', 'legal', 'procurement'] as const;

@ApiTags('models')
@ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto, description: 'Validation failed (field details)' })
@ApiNotFoundResponse({ type: ErrorEnvelopeDto })
@Controller('v1')
export class ModelsController {
  constructor(
    private readonly models: ModelsService,
    private readonly offerings: OfferingsService,
  ) {}

  @Post('vendors/:id/models')
  @Roles('compliance_officer')
  @ApiCreatedResponse({ type: ModelDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Slug already taken for this vendor' })
  @ApiOperation({ summary: 'Add a model to a vendor' })
  async create(@Param() p: IdParam, @Body() body: CreateModelDto): Promise<ModelDto> {
    return ModelDto.from(await this.models.create(p.id, body));
  }

  @Get('vendors/:id/models')
  @Roles(...READERS)
  @ApiOkResponse({ type: ModelPageDto })
  @ApiOperation({ summary: "List a vendor's models" })
  async list(@Param() p: IdParam, @Query() q: ModelQuery): Promise<ModelPageDto> {
    const page = await this.models.listForVendor(p.id, q);
    return { ...page, data: page.data.map((m) => ModelDto.from(m)) };
  }

  @Get('models/:id')
  @Roles(...READERS)
  @ApiOkResponse({ type: ModelDto })
  @ApiOperation({ summary: 'Get a model' })
  async get(@Param() p: IdParam): Promise<ModelDto> {
    return ModelDto.from(await this.models.get(p.id));
  }

  @Patch('models/:id')
  @Roles('compliance_officer')
  @ApiOkResponse({ type: ModelDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Stale version' })
  @ApiOperation({ summary: 'Update a model' })
  async update(@Param() p: IdParam, @Body() body: UpdateModelDto): Promise<ModelDto> {
    return ModelDto.from(await this.models.update(p.id, body));
  }

  @Post('models/:id/offerings')
  @Roles('compliance_officer')
  @ApiCreatedResponse({ type: OfferingDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Slug already taken for this model' })
  @ApiOperation({ summary: 'Add an offering (deployment option) to a model' })
  async createOffering(@Param() p: IdParam, @Body() body: CreateOfferingDto): Promise<OfferingDto> {
    return OfferingDto.from(await this.offerings.create(p.id, body));
  }

  @Get('models/:id/offerings')
  @Roles(...READERS)
  @ApiOkResponse({ type: OfferingPageDto })
  @ApiOperation({ summary: "List a model's offerings" })
  async listOfferings(@Param() p: IdParam, @Query() q: OfferingQuery): Promise<OfferingPageDto> {
    const page = await this.offerings.listForModel(p.id, q);
    return { ...page, data: page.data.map((o) => OfferingDto.from(o)) };
  }

  @Get('offerings/:id')
  @Roles(...READERS)
  @ApiOkResponse({ type: OfferingDto })
  @ApiOperation({ summary: 'Get an offering' })
  async getOffering(@Param() p: IdParam): Promise<OfferingDto> {
    return OfferingDto.from(await this.offerings.get(p.id));
  }

  @Patch('offerings/:id')
  @Roles('compliance_officer')
  @ApiOkResponse({ type: OfferingDto })
  @ApiConflictResponse({ type: ErrorEnvelopeDto, description: 'Stale version' })
  @ApiOperation({ summary: 'Update an offering' })
  async updateOffering(@Param() p: IdParam, @Body() body: UpdateOfferingDto): Promise<OfferingDto> {
    return OfferingDto.from(await this.offerings.update(p.id, body));
  }
}

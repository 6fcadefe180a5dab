import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { IdParam } from '../common/id-param';
import { PageQuery } from '../common/pagination';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyDto, ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto';

@ApiTags('api-keys')
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly service: ApiKeysService) {}

  @Post()
  @Roles()
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  @ApiOperation({ summary: 'Create an API key (the secret is shown once)' })
  async create(@Body() body: CreateApiKeyDto, @CurrentPrincipal() who: Principal): Promise<CreatedApiKeyDto> {
    const { entity, key } = await this.service.create(body.name, body.role, who);
    return { ...ApiKeyDto.from(entity), key };
  }

  @Get()
  @Roles()
  @ApiOkResponse({ type: ApiKeyPageDto })
  @ApiOperation({ summary: 'List API keys' })
  async list(@Query() q: PageQuery): Promise<ApiKeyPageDto> {
    const page = await this.service.list(q);
    return { ...page, data: page.data.map((k) => ApiKeyDto.from(k)) };
  }

  @Delete(':id')
  @HttpCode(200)
  @Roles()
  @ApiOkResponse({ type: ApiKeyDto, description: 'The key, now revoked' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  @ApiOperation({ summary: 'Revoke an API key' })
  async revoke(@Param() p: IdParam): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.service.revoke(p.id));
  }
}

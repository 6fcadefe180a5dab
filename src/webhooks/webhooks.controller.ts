import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '../common/auth';
import { ErrorEnvelopeDto } from '../common/error-envelope.dto';
import { IdParam } from '../common/id-param';
import { PageQuery } from '../common/pagination';
import { CreateWebhookDto, CreatedWebhookDto, WebhookDto, WebhookPageDto } from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @Roles('compliance_officer', 'procurement')
  @ApiOperation({
    summary: 'Subscribe to decision changes (signed with HMAC-SHA256; private and metadata targets refused)',
  })
  @ApiCreatedResponse({ type: CreatedWebhookDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelopeDto })
  async create(
    @Body() body: CreateWebhookDto,
    @CurrentPrincipal() who: Principal,
  ): Promise<CreatedWebhookDto> {
    const { subscription, secret } = await this.webhooks.subscribe(
      body.url,
      body.events ?? ['review.decision_changed'],
      who,
    );
    return { ...WebhookDto.from(subscription), secret };
  }

  @Get()
  @Roles('compliance_officer', 'procurement')
  @ApiOperation({ summary: 'List webhook subscriptions' })
  @ApiOkResponse({ type: WebhookPageDto })
  async list(@Query() q: PageQuery): Promise<WebhookPageDto> {
    const page = await this.webhooks.list(q);
    return { ...page, data: page.data.map((w) => WebhookDto.from(w)) };
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('compliance_officer', 'procurement')
  @ApiOperation({ summary: 'Remove a webhook subscription' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ type: ErrorEnvelopeDto })
  async remove(@Param() p: IdParam): Promise<void> {
    await this.webhooks.remove(p.id);
  }
}

import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsUrl,
  MaxLength,
} from 'class-validator';
import { PageMetaDto } from '../../common/pagination';
import { WEBHOOK_EVENTS, WebhookEvent } from '../webhooks.service';
import type { WebhookSubscriptionEntity } from '../webhook.entity';

export class CreateWebhookDto {
  @ApiProperty({ maxLength: 2000, example: 'https://procurement.example.com/hooks/ai-vendor-risk' })
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, required: false, default: ['review.decision_changed'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events?: WebhookEvent[];
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true }) events!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  static from(w: WebhookSubscriptionEntity): WebhookDto {
    return { id: w.id, url: w.url, events: w.events, active: w.active, createdAt: w.createdAt.toISOString() };
  }
}

export class CreatedWebhookDto extends WebhookDto {
  @ApiProperty({ description: 'HMAC-SHA256 signing secret; shown only here' }) secret!: string;
}

export class WebhookPageDto extends PageMetaDto {
  @ApiProperty({ type: [WebhookDto] }) data!: WebhookDto[];
}

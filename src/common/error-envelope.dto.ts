import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES } from './errors';

export class FieldErrorDto {
  @ApiProperty({ example: 'hqCountry' }) field!: string;
  @ApiProperty({ type: [String], example: ['hqCountry must be an ISO 3166-1 alpha-2 code'] })
  messages!: string[];
}

export class ErrorBodyDto {
  @ApiProperty({ enum: ERROR_CODES }) code!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({
    description: 'For validation_failed: a list of field errors; otherwise error-specific data',
    oneOf: [{ type: 'array', items: { $ref: '#/components/schemas/FieldErrorDto' } }, { type: 'object' }],
  })
  details?: unknown;
}

export class ErrorEnvelopeDto {
  @ApiProperty({ type: ErrorBodyDto }) error!: ErrorBodyDto;
}

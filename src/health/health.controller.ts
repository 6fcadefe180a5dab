import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth';
import { HealthService } from './health.service';

export class CheckDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ required: false }) error?: string;
  @ApiProperty({ required: false }) latencyMs?: number;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status!: 'ok' | 'unavailable';
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/CheckDto' } })
  checks!: Record<string, CheckDto>;
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @Public()
  @ApiOkResponse({ type: LivenessDto })
  @ApiOperation({ summary: 'Liveness' })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOkResponse({
    type: ReadinessDto,
    description: 'Postgres and Redis reachable (and the worker consuming, where this process runs one)',
  })
  @ApiServiceUnavailableResponse({ type: ReadinessDto, description: 'A dependency is down' })
  @ApiOperation({ summary: 'Readiness (Postgres, Redis, worker)' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessDto> {
    const result = await this.health.readiness();
    if (result.status !== 'ok') void reply.status(503);
    return result;
  }
}

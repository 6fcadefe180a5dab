import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Public } from '../common/auth';
import { registry } from './metrics';

@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  /** Public like /health: scrapers rarely carry API keys; restrict it at the network edge. */
  @Get()
  @Public()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format', schema: { type: 'string' } })
  @ApiOperation({ summary: 'Prometheus metrics' })
  async metrics(): Promise<string> {
    return registry.metrics();
  }
}

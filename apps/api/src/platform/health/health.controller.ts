import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import type { HealthResponse } from '@cqo/contracts';
import { Public } from '../auth/auth.decorators';
import { appVersion } from './app-version';

class HealthDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'], description: '"ok" when the API can serve requests' }) status!:
    'ok' | 'error';
  @ApiProperty({ enum: ['up', 'down'], description: 'Whether the database answered a ping' }) database!:
    'up' | 'down';
  @ApiProperty({ example: '0.1.0', description: 'Product version' }) version!: string;
}

/**
 * Liveness and readiness in one. The database ping is cached for a second so that a
 * load balancer polling hard (or a benchmark) does not turn into database load.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly version = appVersion();
  private last?: { at: number; up: boolean };

  constructor(private readonly db: TypeOrmHealthIndicator) {}

  @Get()
  @Public()
  // Polled by machines, never rendered by a browser: helmet's browser headers (CSP …) mean nothing
  // here and cost half the throughput (docs/performance.md).
  @RouteConfig({ helmet: { skipRoute: true } })
  @HttpCode(200)
  @ApiOperation({ summary: 'Health of the API and its database' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database is down' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const up = await this.databaseUp();
    if (!up) void reply.status(503);
    return { status: up ? 'ok' : 'error', database: up ? 'up' : 'down', version: this.version };
  }

  private async databaseUp(): Promise<boolean> {
    const now = Date.now();
    if (this.last && now - this.last.at < 1000) return this.last.up;
    let up: boolean;
    try {
      const result = await this.db.pingCheck('database', { timeout: 1500 });
      up = result['database']?.status === 'up';
    } catch {
      up = false;
    }
    this.last = { at: now, up };
    return up;
  }
}

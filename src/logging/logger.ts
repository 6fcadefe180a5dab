import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/** One pino instance for Nest, Fastify and our own code: structured JSON lines on stdout. */
export function createRootLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'ai-vendor-risk', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
  });
}

export class PinoNestLogger implements LoggerService {
  constructor(private readonly root: Logger) {}
  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, params: unknown[]) {
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const extra = params.length && level === 'error' ? { stack: params[0] } : {};
    this.root[level]({ context, ...extra }, typeof message === 'string' ? message : JSON.stringify(message));
  }
  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
}

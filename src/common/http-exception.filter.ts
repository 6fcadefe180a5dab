import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode, httpStatusOf } from './errors';

interface Envelope {
  error: { code: ErrorCode; message: string; details?: unknown };
}

function fromHttpStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 422:
      return 'validation_failed';
    case 429:
      return 'rate_limited';
    case 503:
      return 'dependency_unavailable';
    default:
      return status >= 500 ? 'internal' : 'bad_request';
  }
}

/** Maps any error to the one envelope of DESIGN.md; unknown errors become 500 without internals. */
export function toEnvelope(err: unknown): { status: number; body: Envelope } {
  if (err instanceof DomainError) {
    const body: Envelope = { error: { code: err.code, message: err.message } };
    if (err.details !== undefined) body.error.details = err.details;
    return { status: httpStatusOf(err.code), body };
  }
  if (err instanceof QueryFailedError) {
    const driverError = err.driverError as { code?: string; constraint?: string };
    if (driverError.code === '23505') {
      const message = 'A resource with these values already exists';
      return {
        status: 409,
        body: { error: { code: 'conflict', message, details: { constraint: driverError.constraint } } },
      };
    }
    if (driverError.code === '23503') {
      return {
        status: 422,
        body: { error: { code: 'validation_failed', message: 'A referenced resource does not exist' } },
      };
    }
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const code = fromHttpStatus(status);
    const message = status >= 500 ? 'Internal error' : err.message;
    return { status, body: { error: { code, message } } };
  }
  // Fastify's own errors (body too large, bad JSON, bad content type) carry a statusCode.
  const fastifyError = err as { statusCode?: number; code?: string; message?: string };
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode < 500) {
    const status = fastifyError.statusCode;
    return {
      status,
      body: { error: { code: fromHttpStatus(status), message: fastifyError.message ?? 'Bad request' } },
    };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, body } = toEnvelope(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}

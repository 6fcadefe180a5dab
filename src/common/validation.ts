import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldError } from './errors';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, messages: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** Postgres rejects NUL in text (22021); we refuse it at the edge and say where it was. */
export function findNulPaths(value: unknown, path = '', found: string[] = [], depth = 0): string[] {
  if (depth > 32 || found.length >= 20) return found;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path || '(body)');
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findNulPaths(v, `${path}[${i}]`, found, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const p = path ? `${path}.${k}` : k;
      if (k.includes('\u0000')) found.push(p);
      findNulPaths(v, p, found, depth + 1);
    }
  }
  return found;
}

/**
 * The one validation pipe: unknown fields are refused, values are transformed to their DTO types, and every
 * failure is a 422 with field-level details.
 */
@Injectable()
export class AppValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      // Nest's ValidationPipe defaults this to false; unknown objects must be refused (CVE-2019-18413).
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: (errors) =>
        new DomainError('validation_failed', 'Request validation failed', flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const nul = findNulPaths(value);
    if (nul.length > 0) {
      throw new DomainError(
        'validation_failed',
        'Request validation failed',
        nul.map((field) => ({ field, messages: ['must not contain a NUL character'] })),
      );
    }
    return super.transform(value, metadata);
  }
}

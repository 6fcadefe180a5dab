import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorEnvelopeDto } from './error-envelope.dto';

export const API_ROLES = ['admin', 'compliance_officer', 'legal', 'procurement'] as const;
export type ApiRole = (typeof API_ROLES)[number];

export interface Principal {
  keyId: string;
  name: string;
  role: ApiRole;
}

export const ROLES_KEY = 'avr:roles';
export const PUBLIC_KEY = 'avr:public';

/**
 * The roles allowed on a route, besides admin (who may do everything). A route without `@Roles` or
 * `@Public` is refused by the guard: deny by default.
 */
export const Roles = (...roles: ApiRole[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, unknown or revoked API key', type: ErrorEnvelopeDto }),
    ApiForbiddenResponse({
      description: `Allowed roles: admin, ${roles.join(', ') || '(admin only)'}`,
      type: ErrorEnvelopeDto,
    }),
  );

export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<{ principal?: Principal }>();
  if (!req.principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return req.principal;
});

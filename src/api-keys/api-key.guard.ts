import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ApiRole, Principal, PUBLIC_KEY, ROLES_KEY } from '../common/auth';
import { DomainError } from '../common/errors';
import { ApiKeysService } from './api-keys.service';

export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const m = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
  return m ? m[1]! : null;
}

/**
 * Fails closed: a route is reachable only if it is explicitly `@Public()` or names its roles with `@Roles()`.
 * (The NestJS docs' sample returns true for a route without roles; that would fail open.)
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<ApiRole[] | undefined>(ROLES_KEY, targets);

    const req = ctx.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const principal = await this.authenticate(req.headers.authorization);
    req.principal = principal;

    if (roles === undefined)
      throw new DomainError('forbidden', 'This route has no access rule and is refused');
    if (principal.role !== 'admin' && !roles.includes(principal.role)) {
      throw new DomainError('forbidden', `Role ${principal.role} may not do this`);
    }
    return true;
  }

  async authenticate(header: string | string[] | undefined): Promise<Principal> {
    const token = bearerToken(header);
    if (!token) throw new DomainError('unauthenticated', 'Send an API key as Authorization: Bearer <key>');
    const principal = await this.keys.authenticate(token);
    if (!principal) throw new DomainError('unauthenticated', 'Unknown or revoked API key');
    return principal;
  }
}

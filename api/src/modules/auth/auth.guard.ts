import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ERROR_CODES, Permission, whyNot } from '@kompas/domain';
import type { Response } from 'express';
import { ApiError } from '../../common/api-error';
import { refusedError } from '../../common/refusals';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { KompasRequest, PUBLIC_ROUTE, REQUIRED_PERMISSION, RouteRequirement } from './auth.decorators';
import { AuthService, principalOf, SESSION_COOKIE } from './auth.service';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request that changes something may come from where it comes
 * from. Browsers name the page that sent a request (`Origin`, and
 * `Sec-Fetch-Site`); a write is refused when either says another site. A
 * request that names no origin at all does not come from a page in a browser
 * (a script, curl), so it carries no one's cookie by accident.
 */
export function crossSiteReason(req: KompasRequest, allowed: readonly string[]): string | null {
  if (SAFE.has(req.method)) return null;
  const fetchSite = String(req.headers['sec-fetch-site'] ?? '').toLowerCase();
  const origin = String(req.headers['origin'] ?? '').toLowerCase();
  // A page cannot set Sec-Fetch-Site, only the browser can: cross-site is refused whatever the Origin says.
  if (fetchSite === 'cross-site') return 'Changes are only accepted from Kompas’s own pages.';
  if (origin && origin !== 'null') {
    let from: URL;
    try {
      from = new URL(origin);
    } catch {
      return `The request came from an unreadable origin (${origin}).`;
    }
    // Scheme and host both: http://kompas.example is not https://kompas.example (req.protocol follows TRUST_PROXY).
    const own = `${req.protocol}://${String(req.host ?? req.headers['host'] ?? '')}`.toLowerCase();
    if (`${from.protocol}//${from.host}` === own || allowed.includes(origin)) return null;
    return `Changes are only accepted from Kompas's own pages, not from ${origin}.`;
  }
  if (origin === 'null') return 'Changes are not accepted from a page without an origin.';
  if (fetchSite === 'same-site') return 'Changes are only accepted from Kompas’s own pages.';
  return null;
}

/**
 * Every route needs a signed-in user unless marked @Public: the session
 * cookie names one. Writes must come from Kompas's own pages (see
 * crossSiteReason). A route-wide permission (@Requires) is checked here; a
 * permission that depends on the row (whose committee, whose unit) is checked
 * by the service, after it has read the row.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<KompasRequest>();
    const targets = [ctx.getHandler(), ctx.getClass()];
    const crossSite = crossSiteReason(req, this.config.corsOrigins);
    if (crossSite) throw new ApiError(ERROR_CODES.crossSite, crossSite);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const token = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    const user = await this.auth.userForToken(token);
    if (!user) throw new ApiError(ERROR_CODES.unauthenticated, token ? 'Your session has ended. Sign in again.' : 'Sign in first.');
    req.user = user;
    // What a signed-in person sees is theirs: no cache, shared or private, may keep it.
    ctx.switchToHttp().getResponse<Response>().setHeader('Cache-Control', 'no-store');
    req.actor = { userId: user.id, userName: user.name, principal: principalOf(user), reason: null, ip: req.ip ?? null };

    const required = this.reflector.getAllAndOverride<RouteRequirement | undefined>(REQUIRED_PERMISSION, targets);
    if (required) {
      const p = req.actor.principal;
      const permission: Permission =
        required === 'editFocusArea'
          ? { do: required, committeeId: p.committeeIds[0] ?? '' }
          : required === 'editAction'
            ? { do: required, unitId: p.unitIds[0] ?? '' }
            : { do: required };
      const refusal = whyNot(p, permission);
      if (refusal) throw refusedError(refusal);
    }
    return true;
  }
}

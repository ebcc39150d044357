import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { PermissionKind } from '@kompas/domain';
import type { Request } from 'express';
import { IfMatch, parseIfMatch } from '../../common/versions';
import type { Actor as ActorType } from '../audit/change';
import type { User } from '../users/user.entities';

export const PUBLIC_ROUTE = 'kompas:public';
export const REQUIRED_PERMISSION = 'kompas:requires';

/** Answers without a signed-in user (health, sign-in). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * A permission checked before the route runs. For `editFocusArea` and
 * `editAction` it asks only whether the user may edit some committee's focus
 * areas (some unit's actions); whose the row is, the service checks.
 */
export const Requires = (permission: RouteRequirement) => SetMetadata(REQUIRED_PERMISSION, permission);

/** What a route can require before it runs: every permission but one about a row (recording an indicator's observations). */
export type RouteRequirement = Exclude<PermissionKind, 'recordObservations' | 'assess'>;

export type KompasRequest = Request & { actor?: ActorType; reason?: string | null; user?: User };

/** The signed-in user making this request, with the reason they gave. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): ActorType => {
  const req = ctx.switchToHttp().getRequest<KompasRequest>();
  if (!req.actor) throw new Error('CurrentActor used on a public route');
  return { ...req.actor, reason: req.reason ?? null };
});

/** The version the client read, from `If-Match`. */
export const IfMatchHeader = createParamDecorator((_: unknown, ctx: ExecutionContext): IfMatch => {
  const req = ctx.switchToHttp().getRequest<Request>();
  return parseIfMatch(req.headers['if-match']);
});

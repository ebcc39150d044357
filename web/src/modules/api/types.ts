import type { NodeKind } from '@kompas/domain';
import { NODE_ROUTES } from '@kompas/domain';
import type { components } from './schema.gen';

/**
 * The API's response bodies, as the web app uses them: names for the types generated from the
 * API's OpenAPI document (`schema.gen.ts`, `npm run api-types`), never copies written by hand.
 */
type Schemas = components['schemas'];

export type Section = Schemas['SectionDto'];
export type Plan = Schemas['PlanDto'];
export type Committee = Schemas['CommitteeDto'];
export type Unit = Schemas['UnitDto'];
export type AimingPoint = Schemas['AimingPointDto'];
export type FocusArea = Schemas['FocusAreaDto'];
export type Action = Schemas['ActionDto'];
export type Indicator = Schemas['IndicatorDto'];
export type Link = Schemas['LinkDto'];

export type NodeEntity = Plan | AimingPoint | FocusArea | Action | Indicator;

/** Where each kind of node lives in the API (from the registry of concepts). */
export const ENTITY_ROUTES: Readonly<Record<NodeKind, string>> = NODE_ROUTES;

/** The signed-in user (`GET /api/auth/me`). */
export type Me = Schemas['MeDto'];

/** A person who may sign in (`GET /api/users`, administrators only). Deactivated users stay, for the trail's names. */
export type User = Schemas['UserDto'];
/** An active user as anyone signed in sees them: id and name. */
export type Person = Schemas['PersonDto'];

/** What the sign-in page shows before anyone signs in (`GET /api/auth/login`); a demo user's `description` is English. */
export type AuthConfig = Schemas['AuthConfigDto'];

export type Comment = Schemas['CommentDto'];

export type RestoreResult = Schemas['RestoreResultDto'];

/** An observation as the API lists it: with who recorded it and, for a correction, why. */
export type Observation = Schemas['ObservationDto'];
/** What is waiting on a plan (`GET /api/plans/{planId}/due`): due and overdue indicators, unread comments. */
export type DueList = Schemas['DueListDto'];
export type DueIndicator = Schemas['DueIndicatorDto'];
export type UnreadComment = Schemas['UnreadCommentDto'];

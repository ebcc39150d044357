import type {
  ActionStatus,
  Cadence,
  Direction,
  EvidenceKind,
  FocusAreaStatus,
  IndicatorType,
  LinkKind,
  NodeKind,
  PlanStatus,
  Role,
} from '@kompas/domain';
import { NODE_ROUTES } from '@kompas/domain';

/** The API's response bodies, as the web app uses them. */
type Row = { id: string; example: boolean; createdAt: string; updatedAt: string; version: number };

export type Section = { title: string; body: string };

export type Plan = Row & {
  organisation: string;
  title: string;
  visionStatement: string;
  motivations: string[];
  sections: Section[];
  periodStart: string;
  periodEnd: string;
  status: PlanStatus;
};

export type Committee = Row & { planId: string; name: string; shortName: string | null; coreAreas: string[]; position: number };

export type Unit = Row & { name: string; parentId: string | null };

export type AimingPoint = Row & { planId: string; title: string; ambition: string; body: string; sections: Section[]; position: number };

export type FocusArea = Row & {
  planId: string;
  committeeId: string;
  coOwnerCommitteeIds: string[];
  title: string;
  description: string;
  rank: number;
  status: FocusAreaStatus;
};

export type Action = Row & {
  planId: string;
  title: string;
  description: string;
  unitId: string;
  responsiblePerson: string | null;
  status: ActionStatus;
  startDate: string | null;
  endDate: string | null;
};

export type Indicator = Row & {
  planId: string;
  focusAreaId: string | null;
  actionId: string | null;
  title: string;
  description: string;
  type: IndicatorType;
  evidenceKind: EvidenceKind;
  cadence: Cadence;
  unit: string | null;
  direction: Direction | null;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
};

export type Link = Row & {
  planId: string;
  kind: LinkKind;
  sourceId: string;
  sourceKind: NodeKind;
  targetId: string;
  targetKind: NodeKind;
  rationale: string;
  strength: number;
};

export type NodeEntity = Plan | AimingPoint | FocusArea | Action | Indicator;

/** Where each kind of node lives in the API (from the registry of concepts). */
export const ENTITY_ROUTES: Readonly<Record<NodeKind, string>> = NODE_ROUTES;

/** The signed-in user (`GET /api/auth/me`). */
export type Me = {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  committeeIds: string[];
  unitIds: string[];
  demo: boolean;
};

/** A person who may sign in (`GET /api/users`, administrators only). Deactivated users stay, for the trail's names. */
export type User = Me & { active: boolean; version: number; createdAt: string; updatedAt: string };

/** What the sign-in page shows before anyone signs in (`GET /api/auth/login`). */
export type AuthConfig = {
  demo: boolean;
  /** `description` is English; `scope` names the committee or unit the login is bound to. */
  demoUsers: { username: string; role: Role; description: string; scope: string | null }[];
};

export type Comment = { id: string; nodeId: string; planId: string; authorId: string; authorName: string; body: string; createdAt: string };

export type RestoreResult = { id: string; kind: string; restored: string[] };

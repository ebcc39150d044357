import type { ConceptKind } from '@kompas/domain';
import { Action } from '../modules/actions/action.entity';
import { AimingPoint } from '../modules/aiming-points/aiming-point.entity';
import { Committee } from '../modules/committees/committee.entity';
import { FocusArea, FocusAreaCoOwner } from '../modules/focus-areas/focus-area.entity';
import { Indicator } from '../modules/indicators/indicator.entity';
import { ContributionLink, SupportLink } from '../modules/links/link.entities';
import { Observation } from '../modules/observations/observation.entity';
import { Plan } from '../modules/plans/plan.entity';
import { Unit } from '../modules/units/unit.entity';
import { AuditImportRecord, AuditPendingMigration, AuditRef, AuditRow } from '../modules/audit/audit.entities';
import { Comment } from '../modules/comments/comment.entity';
import { Credential, Session, User } from '../modules/users/user.entities';
import { SignInCounter } from '../modules/auth/sign-in-counter.entity';
import { ReminderSent } from '../modules/reminders/reminder-sent.entity';
import { Assessment } from '../modules/assessments/assessment.entity';
import { Adjustment } from '../modules/adjustments/adjustment.entity';
import { PlanRevision } from '../modules/revisions/plan-revision.entity';
import { CommentRead } from '../modules/follow-up/comment-read.entity';
import { Scenario } from '../modules/scenarios/scenario.entity';

/** The entity of each concept in the registry of concepts (a concept without one does not compile). */
export const CONCEPT_ENTITIES: Readonly<Record<ConceptKind, new () => object>> = {
  plan: Plan,
  aimingPoint: AimingPoint,
  committee: Committee,
  unit: Unit,
  focusArea: FocusArea,
  action: Action,
  indicator: Indicator,
  observation: Observation,
  supportLink: SupportLink,
  contributionLink: ContributionLink,
  comment: Comment,
  assessment: Assessment,
  adjustment: Adjustment,
  planRevision: PlanRevision,
  user: User,
  credential: Credential,
  session: Session,
};

export const ENTITIES = [
  ...Object.values(CONCEPT_ENTITIES),
  FocusAreaCoOwner,
  AuditRow,
  AuditRef,
  AuditImportRecord,
  AuditPendingMigration,
  SignInCounter,
  ReminderSent,
  CommentRead,
  Scenario,
];

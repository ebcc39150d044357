import { InitialSchema1764230400000 } from './1764230400000-initial-schema';
import { PeopleAndTrail1764835200000 } from './1764835200000-people-and-trail';
import { KeyedTrail1764921600000 } from './1764921600000-keyed-trail';
import { FrontDoor1764925200000 } from './1764925200000-front-door';
import { OneObservationPerPeriod1764928800000 } from './1764928800000-one-observation-per-period';
import { IndicatorTargets1764936000000 } from './1764936000000-indicator-targets';
import { EmailAndReminders1764950400000 } from './1764950400000-email-and-reminders';
import { CommentReads1764957600000 } from './1764957600000-comment-reads';
import { AssessmentsAndAdjustments1764964800000 } from './1764964800000-assessments-and-adjustments';
import { PlanRevisions1764972000000 } from './1764972000000-plan-revisions';
import { Scenarios1764979200000 } from './1764979200000-scenarios';

/** Every migration, oldest first. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [
  InitialSchema1764230400000,
  PeopleAndTrail1764835200000,
  KeyedTrail1764921600000,
  FrontDoor1764925200000,
  OneObservationPerPeriod1764928800000,
  IndicatorTargets1764936000000,
  EmailAndReminders1764950400000,
  CommentReads1764957600000,
  AssessmentsAndAdjustments1764964800000,
  PlanRevisions1764972000000,
  Scenarios1764979200000,
];

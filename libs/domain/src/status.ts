import { allowed, ERROR_CODES, refused, RuleResult } from './errors';
import { ActionStatus, FocusAreaStatus, PlanStatus } from './kinds';

/**
 * Status transitions. Staying in the same status is always allowed (an edit
 * of other fields); every other move must be listed here.
 */
export const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  draft: ['adopted', 'archived'],
  adopted: ['archived'],
  archived: ['draft'],
};

export const FOCUS_AREA_TRANSITIONS: Readonly<Record<FocusAreaStatus, readonly FocusAreaStatus[]>> = {
  proposed: ['adopted', 'retired'],
  adopted: ['retired'],
  retired: ['proposed'],
};

export const ACTION_TRANSITIONS: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  identified: ['launched', 'stopped'],
  launched: ['adjusting', 'completed', 'stopped'],
  adjusting: ['launched', 'completed', 'stopped'],
  completed: [],
  stopped: ['identified'],
};

/** Statuses a new row may start in. */
export const PLAN_INITIAL_STATUSES: readonly PlanStatus[] = ['draft', 'adopted'];
export const FOCUS_AREA_INITIAL_STATUSES: readonly FocusAreaStatus[] = ['proposed', 'adopted'];
export const ACTION_INITIAL_STATUSES: readonly ActionStatus[] = ['identified', 'launched'];

function checkTransition<S extends string>(table: Readonly<Record<S, readonly S[]>>, what: string, from: S, to: S): RuleResult<S> {
  if (from === to || table[from]?.includes(to)) return allowed(to);
  const options = table[from]?.length ? table[from].join(', ') : 'nothing (it is final)';
  return refused(
    ERROR_CODES.statusTransitionForbidden,
    `${what} cannot go from '${from}' to '${to}'. From '${from}' it can go to: ${options}.`,
    'status',
  );
}

export const checkPlanTransition = (from: PlanStatus, to: PlanStatus) => checkTransition(PLAN_TRANSITIONS, 'A plan', from, to);
export const checkFocusAreaTransition = (from: FocusAreaStatus, to: FocusAreaStatus) =>
  checkTransition(FOCUS_AREA_TRANSITIONS, 'A focus area', from, to);
export const checkActionTransition = (from: ActionStatus, to: ActionStatus) => checkTransition(ACTION_TRANSITIONS, 'An action', from, to);

function checkInitial<S extends string>(initial: readonly S[], what: string, status: S): RuleResult<S> {
  if (initial.includes(status)) return allowed(status);
  return refused(ERROR_CODES.statusTransitionForbidden, `A new ${what} starts as ${initial.join(' or ')}, not '${status}'.`, 'status');
}

export const checkPlanInitialStatus = (s: PlanStatus) => checkInitial(PLAN_INITIAL_STATUSES, 'plan', s);
export const checkFocusAreaInitialStatus = (s: FocusAreaStatus) => checkInitial(FOCUS_AREA_INITIAL_STATUSES, 'focus area', s);
export const checkActionInitialStatus = (s: ActionStatus) => checkInitial(ACTION_INITIAL_STATUSES, 'action', s);

import { RuleResult } from './errors';
import { ACTION_STATUSES, FOCUS_AREA_STATUSES, PLAN_STATUSES } from './kinds';
import {
  ACTION_INITIAL_STATUSES,
  ACTION_TRANSITIONS,
  checkActionInitialStatus,
  checkActionTransition,
  checkFocusAreaInitialStatus,
  checkFocusAreaTransition,
  checkPlanInitialStatus,
  checkPlanTransition,
  FOCUS_AREA_INITIAL_STATUSES,
  FOCUS_AREA_TRANSITIONS,
  PLAN_INITIAL_STATUSES,
  PLAN_TRANSITIONS,
} from './status';

// The allowed moves, written out by hand as "from>to" (same-status moves are
// always allowed and are checked separately).
const PLAN_ALLOWED = ['draft>adopted', 'draft>archived', 'adopted>archived', 'archived>draft'];
const FOCUS_AREA_ALLOWED = ['proposed>adopted', 'proposed>retired', 'adopted>retired', 'retired>proposed'];
const ACTION_ALLOWED = [
  'identified>launched',
  'identified>stopped',
  'launched>adjusting',
  'launched>completed',
  'launched>stopped',
  'adjusting>launched',
  'adjusting>completed',
  'adjusting>stopped',
  'stopped>identified',
];

type Case = {
  name: string;
  statuses: readonly string[];
  allowed: string[];
  check: (from: string, to: string) => RuleResult<string>;
  table: Readonly<Record<string, readonly string[]>>;
  what: string;
};

const CASES: Case[] = [
  {
    name: 'plan',
    statuses: PLAN_STATUSES,
    allowed: PLAN_ALLOWED,
    check: (f, t) => checkPlanTransition(f as never, t as never),
    table: PLAN_TRANSITIONS,
    what: 'A plan',
  },
  {
    name: 'focus area',
    statuses: FOCUS_AREA_STATUSES,
    allowed: FOCUS_AREA_ALLOWED,
    check: (f, t) => checkFocusAreaTransition(f as never, t as never),
    table: FOCUS_AREA_TRANSITIONS,
    what: 'A focus area',
  },
  {
    name: 'action',
    statuses: ACTION_STATUSES,
    allowed: ACTION_ALLOWED,
    check: (f, t) => checkActionTransition(f as never, t as never),
    table: ACTION_TRANSITIONS,
    what: 'An action',
  },
];

describe.each(CASES)('$name status transitions', ({ statuses, allowed, check, table, what }) => {
  const pairs = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

  it('the transition table lists exactly the expected moves', () => {
    const listed = Object.entries(table).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`));
    expect([...listed].sort()).toEqual([...allowed].sort());
    expect(Object.keys(table).sort()).toEqual([...statuses].sort());
  });

  it.each(pairs)('%s → %s', (from, to) => {
    const result = check(from, to);
    if (from === to || allowed.includes(`${from}>${to}`)) {
      expect(result).toEqual({ ok: true, value: to });
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.code).toBe('status_transition_forbidden');
      expect(result.field).toBe('status');
      expect(result.message).toContain(`${what} cannot go from '${from}' to '${to}'.`);
    }
  });

  it('counts: every pair is either allowed or refused', () => {
    const ok = pairs.filter(([f, t]) => check(f, t).ok).length;
    expect(ok).toBe(statuses.length + allowed.length);
    expect(pairs.length - ok).toBe(statuses.length * statuses.length - statuses.length - allowed.length);
  });
});

describe('refusal messages', () => {
  it('name the statuses a plan can go to', () => {
    const r = checkPlanTransition('adopted', 'draft');
    expect(!r.ok && r.message).toBe("A plan cannot go from 'adopted' to 'draft'. From 'adopted' it can go to: archived.");
  });

  it('name several options in table order', () => {
    const r = checkActionTransition('launched', 'identified');
    expect(!r.ok && r.message).toBe(
      "An action cannot go from 'launched' to 'identified'. From 'launched' it can go to: adjusting, completed, stopped.",
    );
  });

  it('name the options for a focus area', () => {
    const r = checkFocusAreaTransition('retired', 'adopted');
    expect(!r.ok && r.message).toBe("A focus area cannot go from 'retired' to 'adopted'. From 'retired' it can go to: proposed.");
  });

  it('say a completed action is final', () => {
    for (const to of ['identified', 'launched', 'adjusting', 'stopped'] as const) {
      const r = checkActionTransition('completed', to);
      expect(!r.ok && r.message).toBe(
        `An action cannot go from 'completed' to '${to}'. From 'completed' it can go to: nothing (it is final).`,
      );
    }
  });

  it('but a completed action may still be edited in place', () => {
    expect(checkActionTransition('completed', 'completed')).toEqual({ ok: true, value: 'completed' });
  });
});

describe('initial statuses', () => {
  it('lists the statuses a new row may start in', () => {
    expect(PLAN_INITIAL_STATUSES).toEqual(['draft', 'adopted']);
    expect(FOCUS_AREA_INITIAL_STATUSES).toEqual(['proposed', 'adopted']);
    expect(ACTION_INITIAL_STATUSES).toEqual(['identified', 'launched']);
  });

  it.each([
    ['draft', true],
    ['adopted', true],
    ['archived', false],
  ] as const)('a new plan as %s: %p', (status, ok) => {
    const r = checkPlanInitialStatus(status);
    if (ok) expect(r).toEqual({ ok: true, value: status });
    else
      expect(r).toEqual({
        ok: false,
        code: 'status_transition_forbidden',
        message: "A new plan starts as draft or adopted, not 'archived'.",
        field: 'status',
      });
  });

  it.each([
    ['proposed', true],
    ['adopted', true],
    ['retired', false],
  ] as const)('a new focus area as %s: %p', (status, ok) => {
    const r = checkFocusAreaInitialStatus(status);
    if (ok) expect(r).toEqual({ ok: true, value: status });
    else
      expect(r).toEqual({
        ok: false,
        code: 'status_transition_forbidden',
        message: "A new focus area starts as proposed or adopted, not 'retired'.",
        field: 'status',
      });
  });

  it.each([
    ['identified', true],
    ['launched', true],
    ['adjusting', false],
    ['completed', false],
    ['stopped', false],
  ] as const)('a new action as %s: %p', (status, ok) => {
    const r = checkActionInitialStatus(status);
    if (ok) expect(r).toEqual({ ok: true, value: status });
    else
      expect(r).toEqual({
        ok: false,
        code: 'status_transition_forbidden',
        message: `A new action starts as identified or launched, not '${status}'.`,
        field: 'status',
      });
  });
});

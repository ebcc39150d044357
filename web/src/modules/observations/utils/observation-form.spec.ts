import type { PlanGraph } from '@kompas/domain';
import { smallPlanGraph } from '../../../testing/small-plan-graph';
import type { Observation } from '../../api/types';
import { graphWithRecorded, latestEndedPeriod, parseDecimal, periodChoices, readPeriod } from './observation-form';
import { periodLabel } from './period-label';

const recorded = (over: Partial<Observation>): Observation => ({
  id: 'new',
  indicatorId: 'i1',
  series: 'actual',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  period: '2026',
  value: 88,
  narrative: null,
  judgement: null,
  sourceNote: null,
  recordedAt: '2027-01-10T10:00:00.000Z',
  supersedesId: null,
  supersededById: null,
  example: false,
  recordedBy: null,
  reason: null,
  ...over,
});

const latestOf = (graph: PlanGraph) => {
  const node = graph.nodes.find((n) => n.id === 'i1');
  return node?.kind === 'indicator' ? node.latest : undefined;
};

describe('the observation form’s rules', () => {
  it.each([
    ['yearly', '2026-11-27', '2025'],
    ['halfYearly', '2026-11-27', '2026H1'],
    ['quarterly', '2026-11-27', '2026K3'],
    ['monthly', '2026-11-27', '2026M10'],
    ['monthly', '2026-01-01', '2025M12'],
    ['quarterly', '2026-04-01', '2026K1'],
  ] as const)('the latest ended %s period on %s is %s', (cadence, today, code) => {
    expect(latestEndedPeriod(cadence, today).code).toBe(code);
  });

  it('offers the running period and the ended ones before it, newest first', () => {
    expect(periodChoices('quarterly', '2026-11-27', 4).map((p) => p.code)).toEqual(['2026K4', '2026K3', '2026K2', '2026K1', '2025K4']);
  });

  it('reads a typed code, and says when it is not of the indicator’s cadence', () => {
    expect(readPeriod('2026K1', 'quarterly')).toMatchObject({ ok: true, period: { code: '2026K1' }, matchesCadence: true });
    expect(readPeriod(' 2026q1 ', 'yearly')).toMatchObject({ ok: true, period: { start: '2026-01-01' }, matchesCadence: false });
    expect(readPeriod('', 'yearly')).toEqual({ ok: false, empty: true });
    expect(readPeriod('2026K5', 'yearly')).toEqual({ ok: false, empty: false });
  });

  it.each([
    ['1.234,5', 1234.5],
    ['61,5', 61.5],
    ['61.5', 61.5],
    [' -3 ', -3],
    ['1 234,5', 1234.5],
    ['abc', null],
    ['', null],
    ['1,2,3', null],
  ])('reads %p as %p', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it('names a quarter as the reader writes it', () => {
    expect(periodLabel('2026K1', 'da')).toBe('2026K1');
    expect(periodLabel('2026K1', 'en')).toBe('2026Q1');
    expect(periodLabel('2026-11-27', 'da')).toBe('27. nov. 2026');
  });

  it('a newer period, or a correction of the latest, becomes the map’s latest value; an older one does not', () => {
    expect(latestOf(graphWithRecorded(smallPlanGraph, 'i1', recorded({})))?.value).toBe(88);
    const older = recorded({ periodStart: '2024-01-01', periodEnd: '2024-12-31', period: '2024' });
    expect(graphWithRecorded(smallPlanGraph, 'i1', older)).toBe(smallPlanGraph);
    const correction = recorded({ periodStart: '2025-01-01', periodEnd: '2025-12-31', period: '2025', value: 1200, supersedesId: 'o1' });
    expect(latestOf(graphWithRecorded(smallPlanGraph, 'i1', correction))?.value).toBe(1200);
    expect(graphWithRecorded(smallPlanGraph, 'i1', recorded({ series: 'reference' }))).toBe(smallPlanGraph);
  });
});

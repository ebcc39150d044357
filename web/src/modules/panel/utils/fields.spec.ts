import { changedFields, statusChoices, toFormValues } from './fields';

describe('panel fields', () => {
  it('offers a focus area only the statuses the rules allow from where it is', () => {
    expect(statusChoices('focusArea', 'adopted')).toEqual(['adopted', 'retired']);
    expect(statusChoices('action', 'completed')).toEqual(['completed']);
    expect(statusChoices('aimingPoint', 'x')).toEqual(['x']);
  });

  it('sends only what changed, numbers as numbers and an emptied optional field as null', () => {
    const before = toFormValues('action', {
      title: 'Læsevenner',
      description: '',
      unitId: 'u1',
      responsiblePerson: 'Jonas',
      status: 'launched',
      startDate: null,
      endDate: null,
    });
    expect(before.startDate).toBe('');
    const after = { ...before, responsiblePerson: '  ', startDate: '2026-01-05' };
    expect(changedFields('action', before, after)).toEqual({ responsiblePerson: null, startDate: '2026-01-05' });
    const fa = toFormValues('focusArea', { title: 'Trivsel', rank: 2 });
    expect(changedFields('focusArea', fa, { ...fa, rank: '1' })).toEqual({ rank: 1 });
    // An indicator's target value and date are read from its long-term target.
    const ind = toFormValues('indicator', { targetValue: 7, targetDate: '2020-01-01', longTermTarget: { value: 90, date: '2029-12-31' } });
    expect([ind.targetValue, ind.targetDate]).toEqual(['90', '2029-12-31']);
    expect(changedFields('indicator', ind, { ...ind, targetValue: '92,5' })).toEqual({ targetValue: 92.5 });
    expect(toFormValues('indicator', { longTermTarget: null })).toMatchObject({ targetValue: '', targetDate: '' });
  });

  it('edits an indicator’s grace days as a number and its responsible person as a choice that can be none', () => {
    const ind = toFormValues('indicator', { title: 'Ledighed', cadence: 'monthly', graceDays: 30, responsibleUserId: 'u-1' });
    expect([ind.graceDays, ind.responsibleUserId]).toEqual(['30', 'u-1']);
    expect(changedFields('indicator', ind, { ...ind, graceDays: '45', responsibleUserId: '' })).toEqual({
      graceDays: 45,
      responsibleUserId: null,
    });
    expect(toFormValues('indicator', { responsibleUserId: null }).responsibleUserId).toBe('');
  });

  it('sends nothing when nothing changed', () => {
    const v = toFormValues('vision', { title: 'Hedensted', status: 'adopted', periodStart: '2026-01-01', periodEnd: '2029-12-31' });
    expect(changedFields('vision', v, { ...v })).toEqual({});
  });
});

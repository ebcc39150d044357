import type { TFunction } from 'i18next';
import { decisionLine } from './decision-line';

const words: Record<string, string> = { 'adjustments.council': 'Byrådet', 'adjustments.committee': 'Udvalget' };
const t = ((key: string, o?: { number?: string }) =>
  key === 'adjustments.caseNumber' ? `sag ${o?.number}` : words[key]) as unknown as TFunction;

describe('a decision in one line', () => {
  it('names the committee, the meeting and the case as the minutes do', () => {
    const decision = { decidedBy: 'committee' as const, committeeId: 'c', committeeName: 'Udvalget for Læring', decidedAt: '2026-05-12' };
    expect(decisionLine({ ...decision, caseNumber: 'sag 26/1234' }, t)).toBe('Udvalget for Læring, 2026-05-12, sag 26/1234');
    expect(decisionLine({ ...decision, caseNumber: '26/1234' }, t)).toBe('Udvalget for Læring, 2026-05-12, sag 26/1234');
  });

  it('names the council when the council decided', () => {
    expect(
      decisionLine({ decidedBy: 'council', committeeId: null, committeeName: null, decidedAt: '2026-06-01', caseNumber: '26/2000' }, t),
    ).toBe('Byrådet, 2026-06-01, sag 26/2000');
  });
});

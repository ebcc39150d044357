import i18next from 'i18next';
import type { AuditEntry } from '@kompas/domain';
import { initI18n } from '../../../i18n';
import { describeAuditEntry } from './history-wording';

const names = {
  committees: new Map([
    ['c1', 'Udvalget for Læring'],
    ['c2', 'Økonomiudvalget'],
  ]),
  units: new Map([['u1', 'Skoledistrikt Juelsminde']]),
  nodes: new Map([
    ['fa1', 'Trivsel i skolen'],
    ['a1', 'Læsevenner i indskolingen'],
    ['ap1', 'Forskellige sammen'],
  ]),
};

const entry = (extra: Partial<AuditEntry>): AuditEntry => ({
  seq: 1,
  id: 'e1',
  at: '2026-11-27T10:41:00.000Z',
  userId: 'u1',
  userName: 'Mette Udvalg',
  action: 'update',
  entity: 'focusArea',
  entityId: 'fa1',
  entityIds: ['fa1'],
  changes: [],
  reason: null,
  detail: null,
  prevHash: '',
  hash: '',
  keyed: true,
  record: null,
  migration: null,
  changesTotal: 0,
  ...extra,
});

describe('a history entry in words', () => {
  beforeAll(() => initI18n('da'));
  const say = (e: AuditEntry, nodeId = 'fa1', language = 'da') =>
    describeAuditEntry(e, { nodeId, nodeKind: 'focusArea', t: i18next.getFixedT(language), language, names });

  it('names who changed which field from what to what, when and why; bookkeeping is left out', () => {
    const line = say(
      entry({
        reason: 'Udvalgsmøde 26/11, sag 26-123',
        changes: [
          {
            table: 'focus_area',
            id: 'fa1',
            before: { title: 'A', description: 'Samme', version: 3, updatedAt: '2026-11-01', rank: 2 },
            after: { title: 'B', description: 'Samme', version: 4, updatedAt: '2026-11-27', rank: 2 },
          },
        ],
      }),
    );
    expect(line).toEqual({
      text: 'Mette Udvalg ændrede titel fra „A“ til „B“',
      when: '27. nov. 2026 10:41',
      reason: 'Udvalgsmøde 26/11, sag 26-123',
      otherNodeId: null,
    });
  });

  it('says several fields at once, statuses in words and owners by name, and shortens long texts', () => {
    const long = 'x'.repeat(200);
    const { text } = say(
      entry({
        changes: [
          {
            table: 'focus_area',
            id: 'fa1',
            before: { status: 'proposed', committeeId: 'c1', description: '' },
            after: { status: 'adopted', committeeId: 'c2', description: long },
          },
        ],
      }),
    );
    expect(text).toBe(
      `Mette Udvalg ændrede status fra Foreslået til Vedtaget, udvalg (ejer) fra Udvalget for Læring til Økonomiudvalget og beskrivelse fra (tom) til „${'x'.repeat(79)}…“`,
    );
  });

  it('says a priority move in a reorder of the committee from this focus area’s point of view', () => {
    const { text } = say(
      entry({
        action: 'reorder',
        entity: 'committee',
        entityId: 'c1',
        changes: [
          { table: 'focus_area', id: 'fa2', before: { rank: 1 }, after: { rank: 2 } },
          { table: 'focus_area', id: 'fa1', before: { rank: 2 }, after: { rank: 1 } },
        ],
      }),
    );
    expect(text).toBe('Mette Udvalg ændrede prioritet fra 2 til 1');
  });

  it('names both ends of a new link, whichever table holds it', () => {
    const { text } = say(
      entry({
        userName: 'Jonas Leder',
        action: 'link',
        entity: 'link',
        entityId: 'l1',
        changes: [{ table: 'contribution_link', id: 'l1', before: null, after: { actionId: 'a1', focusAreaId: 'fa1', strength: 2 } }],
      }),
    );
    expect(text).toBe('Jonas Leder koblede „Læsevenner i indskolingen“ til „Trivsel i skolen“');
  });

  it('in a parent’s history names a deleted child and points to it', () => {
    const line = say(
      entry({
        action: 'delete',
        entity: 'focusArea',
        entityId: 'fa9',
        entityIds: ['fa9', 's9', 'ap1'],
        changes: [{ table: 'focus_area', id: 'fa9', before: { title: 'Tidlig indsats i dagtilbud' }, after: null }],
      }),
      'ap1',
    );
    expect(line.text).toBe('Mette Udvalg slettede fokusområdet „Tidlig indsats i dagtilbud“');
    expect(line.otherNodeId).toBe('fa9');
  });

  it('speaks English too, with English quotes and dates', () => {
    const line = say(
      entry({
        changes: [{ table: 'focus_area', id: 'fa1', before: { title: 'A', status: 'proposed' }, after: { title: 'B', status: 'retired' } }],
      }),
      'fa1',
      'en',
    );
    expect(line.text).toBe('Mette Udvalg changed title from “A” to “B” and status from Proposed to Retired');
    expect(line.when).toBe('27 Nov 2026 10:41');
  });

  it('on the whole trail, says sign-ins, refusals and people by name', () => {
    const whole = (e: AuditEntry) => say(e, '').text;
    expect(whole(entry({ action: 'login', entity: 'session', entityId: 'u1' }))).toBe('Mette Udvalg loggede ind');
    expect(whole(entry({ action: 'loginFailed', entity: 'session', userId: null, userName: 'udvalg', entityId: null }))).toBe(
      'Mislykket login som „udvalg“',
    );
    expect(whole(entry({ action: 'denied', entity: 'action', detail: 'This action belongs to a unit you do not manage.' }))).toBe(
      'Mette Udvalg blev afvist: This action belongs to a unit you do not manage.',
    );
    const created = entry({
      action: 'create',
      entity: 'user',
      entityId: 'u9',
      userName: 'Anne Admin',
      changes: [{ table: 'user', id: 'u9', before: null, after: { name: 'Birthe Skoleleder', username: 'birthe' } }],
    });
    expect(whole(created)).toBe('Anne Admin oprettede brugeren „Birthe Skoleleder“');
  });

  it('says what an adjustment changed on the node, and that someone assessed it or declined a proposal', () => {
    const adjusted = say(
      entry({
        action: 'adjust',
        entity: 'adjustment',
        entityId: 'adj1',
        changes: [
          { table: 'adjustment', id: 'adj1', before: null, after: { state: 'applied' } },
          { table: 'focus_area', id: 'fa1', before: { rank: 2, version: 3 }, after: { rank: 1, version: 4 } },
        ],
      }),
    );
    expect(adjusted.text).toContain('Mette Udvalg ændrede');
    expect(say(entry({ action: 'assess', entity: 'assessment', entityId: 'as1' })).text).toBe('Mette Udvalg vurderede, hvordan det går');
    expect(say(entry({ action: 'decline', entity: 'assessment', entityId: 'as1' })).text).toBe(
      'Mette Udvalg afviste et forslag til justering',
    );
  });
});

import type { AuditEntry } from '@kompas/domain';
import { deletedNodeInfo } from './deleted-node';

const entry = (seq: number, extra: Partial<AuditEntry>): AuditEntry => ({
  seq,
  id: `e${seq}`,
  at: `2026-11-2${seq}T10:00:00.000Z`,
  userId: 'u',
  userName: 'Mette Udvalg',
  action: 'update',
  entity: 'focusArea',
  entityId: 'fa9',
  entityIds: ['fa9'],
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

describe('a node that is no longer on the map, read from its trail', () => {
  const created = entry(1, {
    action: 'create',
    changes: [{ table: 'focus_area', id: 'fa9', before: null, after: { title: 'Tidlig indsats', committeeId: 'c1' } }],
  });
  const renamed = entry(2, {
    changes: [
      {
        table: 'focus_area',
        id: 'fa9',
        before: { title: 'Tidlig indsats' },
        after: { title: 'Tidlig indsats i dagtilbud', committeeId: 'c1' },
      },
    ],
  });
  const deleted = entry(3, {
    action: 'delete',
    userName: 'Hanne Direktør',
    reason: 'Slået sammen med et andet',
    changes: [{ table: 'focus_area', id: 'fa9', before: { title: 'Tidlig indsats i dagtilbud', committeeId: 'c1' }, after: null }],
  });

  it('is deleted, by whom, when and why, with its last title and owner', () => {
    expect(deletedNodeInfo([created, deleted, renamed], 'fa9')).toEqual({
      kind: 'focusArea',
      title: 'Tidlig indsats i dagtilbud',
      row: { title: 'Tidlig indsats i dagtilbud', committeeId: 'c1' },
      deleted: true,
      deletedAt: '2026-11-23T10:00:00.000Z',
      deletedBy: 'Hanne Direktør',
      reason: 'Slået sammen med et andet',
    });
  });

  it('is not deleted any more once restored', () => {
    const restored = entry(4, {
      action: 'restore',
      changes: [{ table: 'focus_area', id: 'fa9', before: null, after: { title: 'Tidlig indsats i dagtilbud' } }],
    });
    expect(deletedNodeInfo([created, renamed, deleted, restored], 'fa9')?.deleted).toBe(false);
  });

  it('knows the kind of a node deleted with its parent from the table', () => {
    const cascade = entry(5, {
      action: 'delete',
      entity: 'focusArea',
      entityId: 'fa9',
      changes: [{ table: 'indicator', id: 'i9', before: { title: 'Andel i dagtilbud', focusAreaId: 'fa9' }, after: null }],
    });
    expect(deletedNodeInfo([cascade], 'i9')).toMatchObject({ kind: 'indicator', title: 'Andel i dagtilbud', deleted: true });
  });

  it('is unknown when the trail never mentions it', () => {
    expect(deletedNodeInfo([created], 'nope')).toBeNull();
  });
});

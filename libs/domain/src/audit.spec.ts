import { canonicalJson, hashedContent, replayTrail } from './audit';

describe('canonical JSON', () => {
  it('gives the same text whatever order the keys were built in, at every depth', () => {
    const a = { b: 1, a: { y: [1, { z: 2, w: null }], x: 'ø' } };
    const b = { a: { x: 'ø', y: [1, { w: null, z: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"x":"ø","y":[1,{"w":null,"z":2}]},"b":1}');
  });

  it('leaves out undefined fields and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('makes the hashed content change when any field of an entry changes', () => {
    const entry = {
      seq: 1,
      id: 'e1',
      at: '2026-11-27T10:00:00.000Z',
      userId: 'u1',
      userName: 'Mette',
      action: 'update' as const,
      entity: 'focusArea' as const,
      entityId: 'f1',
      entityIds: ['f1'],
      changes: [{ table: 'focus_area', id: 'f1', before: { rank: 2 }, after: { rank: 1 } }],
      reason: 'Udvalgsmøde',
      detail: null,
      prevHash: '0'.repeat(64),
    };
    const base = hashedContent(entry);
    expect(hashedContent({ ...entry })).toBe(base);
    expect(hashedContent({ ...entry, reason: 'Andet' })).not.toBe(base);
    expect(hashedContent({ ...entry, changes: [{ ...entry.changes[0], after: { rank: 3 } }] })).not.toBe(base);
    expect(hashedContent({ ...entry, prevHash: '1'.repeat(64) })).not.toBe(base);
  });
});

describe('replaying the trail', () => {
  it('leaves each row as its latest change left it, and forgets rows that were removed', () => {
    const rows = replayTrail([
      { changes: [{ table: 't', id: '1', before: null, after: { v: 1 } }] },
      {
        changes: [
          { table: 't', id: '1', before: { v: 1 }, after: { v: 2 } },
          { table: 't', id: '2', before: null, after: { v: 9 } },
        ],
      },
      { changes: [{ table: 't', id: '2', before: { v: 9 }, after: null }] },
    ]);
    expect([...rows.entries()]).toEqual([['t/1', { v: 2 }]]);
  });
});

import { canonicalJson, hashedContent, keyedContent, replayTrail, wellFormed } from './audit';

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

describe('the keyed trail’s pure parts', () => {
  const stored = {
    seq: 3,
    id: 'e3',
    at: '2026-12-04T10:00:00.000Z',
    userId: null,
    userName: 'x\ufffd',
    action: 'loginFailed',
    entity: 'session',
    entityId: null,
    entityIds: '[]',
    changes: '[]',
    reason: null,
    detail: 'wrong login or password',
    ip: '192.0.2.1',
    keyed: 1,
    record: null,
    migration: null,
    prevHash: '0'.repeat(64),
  };

  it('covers every stored column, the address and the import record included', () => {
    const base = keyedContent(stored);
    expect(keyedContent({ ...stored, keyed: true })).toBe(base);
    for (const [field, value] of [
      ['ip', '192.0.2.2'],
      ['userName', 'y'],
      ['record', '{"digest":"ab"}'],
      ['migration', '{}'],
      ['entityIds', '["a"]'],
      ['changes', '[{}]'],
      ['keyed', 0],
      ['at', '2026-12-04T10:00:00.001Z'],
    ] as const) {
      expect({ field, same: keyedContent({ ...stored, [field]: value }) === base }).toEqual({ field, same: false });
    }
  });

  it('stores a lone surrogate as U+FFFD and leaves well-formed text alone', () => {
    expect(wellFormed('x\udc00')).toBe('x\ufffd');
    expect(wellFormed('\ud800y')).toBe('\ufffdy');
    expect(wellFormed('ø 😀 æ')).toBe('ø 😀 æ');
    expect(wellFormed(null)).toBeNull();
  });

  it('replays an import record’s rows and a migration’s columns onto the rows known so far', () => {
    const rows = replayTrail([
      { changes: [], imported: [{ table: 'action', id: 'a1', before: null, after: { title: 'A' } }] },
      { changes: [], migration: { name: 'm', columns: [{ table: 'action', column: 'colour', value: 'blå' }] } },
      { changes: [{ table: 'action', id: 'a2', before: null, after: { title: 'B' } }] },
      { changes: [], migration: { name: 'n', columns: [{ table: 'action', column: 'title', drop: true }] } },
    ]);
    expect(rows.get('action/a1')).toEqual({ colour: 'blå' });
    expect(rows.get('action/a2')).toEqual({});
  });

  it('replays a derived column: a single target becomes a long-term target dated by its plan and a one-entry path', () => {
    const plan = { table: 'plan', id: 'p', before: null, after: { id: 'p', periodEnd: '2029-12-31' } };
    const indicator = (id: string, targetValue: number | null, targetDate: string | null) => ({
      table: 'indicator',
      id,
      before: null,
      after: { id, planId: 'p', targetValue, targetDate },
    });
    const rows = replayTrail([
      { changes: [plan, indicator('dated', 80, '2027-06-30'), indicator('undated', 0, null), indicator('none', null, '2028-01-01')] },
      {
        changes: [],
        migration: {
          name: 'm',
          columns: [
            { table: 'indicator', column: 'targetDate', derive: 'singleTargetDate' },
            { table: 'indicator', column: 'targets', derive: 'singleTargetPath' },
            { table: 'indicator', column: 'colour', derive: 'unknownRule' as never },
          ],
        },
      },
    ]);
    expect(rows.get('indicator/dated')).toMatchObject({ targetDate: '2027-06-30', targets: '[{"period":"2027","value":80}]' });
    expect(rows.get('indicator/undated')).toMatchObject({ targetDate: '2029-12-31', targets: '[{"period":"2029","value":0}]' });
    expect(rows.get('indicator/none')).toMatchObject({ targetDate: '2028-01-01', targets: '[]' });
    // A rule this version does not know changes nothing: verify shows it as drift.
    expect(rows.get('indicator/dated')).not.toHaveProperty('colour');
  });
});

import { isUuid } from '../common/id.pipe';
import { orderedIds } from './ordered-ids';

describe('orderedIds', () => {
  it('makes version 7 UUIDs that the API accepts as ids', () => {
    const next = orderedIds(Date.UTC(2026, 11, 4, 12));
    const id = next();
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    // The first 48 bits are the time, so a reader of the id can tell when it was made.
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.UTC(2026, 11, 4, 12));
  });

  it('counts up: each id sorts after the one before, as SQLite compares text', () => {
    const next = orderedIds();
    const ids = Array.from({ length: 20_000 }, next);
    for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1]).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives two makers started in the same millisecond different ids', () => {
    const a = orderedIds(1_000_000);
    const b = orderedIds(1_000_000);
    const seen = new Set(Array.from({ length: 1000 }, a));
    for (let i = 0; i < 1000; i++) expect(seen.has(b())).toBe(false);
  });
});

import { randomInt } from 'node:crypto';

const COUNTER_SPAN = 2 ** 42;

/**
 * Ids for many rows written at once: UUIDs of version 7, which begin with the
 * time they were made and then count up. An index keeps them side by side, so
 * SQLite adds each to the page it just wrote instead of one anywhere in the
 * index (as random ids would): an import of 10,000 actions touches a fraction
 * of the pages. The count starts at a random place and each maker ends its ids
 * with 32 random bits of its own, so ids made in the same millisecond by
 * another maker do not meet.
 */
export function orderedIds(now: number = Date.now()): () => string {
  const time = Math.floor(now).toString(16).padStart(12, '0').slice(-12);
  let count = randomInt(0, 2 ** 40);
  const tail = randomInt(0, 2 ** 32)
    .toString(16)
    .padStart(8, '0');
  const head = `${time.slice(0, 8)}-${time.slice(8)}-7`;
  return () => {
    const n = count++ % COUNTER_SPAN;
    const high = Math.floor(n / 2 ** 30)
      .toString(16)
      .padStart(3, '0');
    // The variant's two bits (10), then the count's low 30 bits.
    const low = (0x80000000 + (n % 2 ** 30)).toString(16);
    return `${head}${high}-${low.slice(0, 4)}-${low.slice(4)}${tail}`;
  };
}

/**
 * Query strings as Kompas has always written them: plain `key=value` pairs (`?committee=c1&page=2`),
 * every value a string, nothing JSON-encoded. Each route turns them into typed values itself.
 */
export type RawSearch = Record<string, string>;

export function parseSearch(searchStr: string): RawSearch {
  const raw: RawSearch = {};
  for (const [key, value] of new URLSearchParams(searchStr)) if (!(key in raw)) raw[key] = value;
  return raw;
}

/** Leaves out what is unset or empty, so an address holds only the choices made. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A query value as text, or undefined when it is missing or empty. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

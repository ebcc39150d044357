/** The what-if page's address: the scenario being worked on, so a reload or a shared tab carries on with it. */
export type WhatIfSearch = { scenario?: string };

/**
 * `?scenario=` as the address gives it (trimmed, at most 64 characters); whether it names a scenario
 * of the reader's is the API's to say, and the page says when it is gone.
 */
export function validateWhatIfSearch(raw: Record<string, unknown>): WhatIfSearch {
  const id = typeof raw['scenario'] === 'string' ? raw['scenario'].trim() : '';
  return id && id.length <= 64 ? { scenario: id } : {};
}

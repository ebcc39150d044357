import { createHash } from 'node:crypto';
import { KnownUnit, parentsFirst } from './import-rows';

/** How many of a document's units an import would create: one with the same name under the same parent as an existing unit is that unit. */
export function newUnitCount(units: readonly KnownUnit[], known: readonly KnownUnit[]): number {
  const key = (name: string, parentId: string | null) => `${parentId ?? ''}/${name}`;
  const existing = new Map(known.map((u) => [key(u.name, u.parentId), u.id]));
  const as = new Map<string, string>();
  let created = 0;
  for (const u of parentsFirst([...units])) {
    const parentId = u.parentId === null ? null : (as.get(u.parentId) ?? `new:${u.parentId}`);
    const found = existing.get(key(u.name, parentId));
    if (found) as.set(u.id, found);
    else {
      created++;
      as.set(u.id, `new:${u.id}`);
      existing.set(key(u.name, parentId), `new:${u.id}`);
    }
  }
  return created;
}

/** The digest of what a document says (its `planDocumentContent`): the worker makes it of the document, the dry run of each plan's export. */
export function contentDigest(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

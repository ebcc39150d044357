/**
 * Whether `unitId` is among its own ancestors when its parent is `parentId`:
 * walks up from the parent, so a unit below a cycle is not reported, only the
 * units on it. `parentOf` gives every unit's parent (null at the top).
 */
export function isOwnAncestor(unitId: string, parentId: string | null, parentOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>();
  for (let at = parentId; at; at = parentOf.get(at) ?? null) {
    if (at === unitId) return true;
    if (seen.has(at)) return false; // a cycle above, not through this unit
    seen.add(at);
  }
  return false;
}

// Node 20 has these (ES2024); the compiler's library here is ES2023.
declare global {
  interface String {
    isWellFormed(): boolean;
    toWellFormed(): string;
  }
}

/** How many malformed texts one refusal names at most. */
const MAX_NAMED = 20;

/**
 * Where a value holds text that is not well-formed Unicode (a lone UTF-16
 * surrogate, which JSON's `\udc00` escapes and some query decoders produce):
 * the dotted paths of the strings, and of the objects whose keys, are at fault.
 * Walked without recursion, so a deep body cannot overflow the stack; at most
 * `max` are named. No framework here: the import's worker thread uses it too.
 */
export function malformedTextPaths(value: unknown, root = '', max = MAX_NAMED): string[] {
  const found: string[] = [];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length && found.length < max) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      if (!v.isWellFormed()) found.push(path || 'body');
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], join(path, String(i))]);
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        // A malformed key is named by its well-formed spelling, so the answer itself stays well-formed.
        if (!key.isWellFormed()) found.push(join(path, key.toWellFormed()));
        else stack.push([(v as Record<string, unknown>)[key], join(path, key)]);
      }
    }
  }
  return found;
}

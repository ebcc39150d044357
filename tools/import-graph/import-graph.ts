// The import graph of Kompas's own source files: which file imports which (types included), the circles
// in it, and the imports that go against the layering (api/src/common/ importing a feature module).
// `tools/import-graph/import-graph.spec.ts` runs it in `npm test`, so a new circle fails the suite.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { preProcessFile } from 'typescript';

/** Path aliases of the workspace (tsconfig.base.json), relative to the root. */
const ALIASES: Record<string, string> = { '@kompas/domain': 'libs/domain/src/index.ts' };
const SOURCE = /\.(ts|tsx|mts)$/;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

/** Every file under `folders` (relative to `root`) maps to the files it imports; paths relative to `root`, with `/`. */
export type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (SOURCE.test(entry) && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function resolveImport(root: string, from: string, specifier: string): string | undefined {
  const aliased = ALIASES[specifier];
  if (aliased) return aliased;
  if (!specifier.startsWith('.')) return undefined; // a package
  const base = resolve(root, dirname(from), specifier);
  for (const candidate of [base, ...EXTENSIONS.map((ext) => base + ext)]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && SOURCE.test(candidate))
      return relative(root, candidate).split('\\').join('/');
  }
  return undefined; // JSON and other files
}

/** The graph of the source files under `folders` (relative to `root`): imports, re-exports, `require` and `import()`. */
export function importGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const folder of folders) {
    if (!existsSync(join(root, folder))) continue;
    for (const file of sourceFiles(join(root, folder))) {
      const from = relative(root, file).split('\\').join('/');
      const { importedFiles } = preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = importedFiles.map((i) => resolveImport(root, from, i.fileName)).filter((t): t is string => t !== undefined);
      graph.set(from, [...new Set(targets)].sort());
    }
  }
  return graph;
}

/** Every circle of imports, each as the files around it (from its first file in sorted order, back to it), sorted. */
export function importCircles(graph: ImportGraph): string[][] {
  // Tarjan's strongly connected components; a component of two or more files (or a file importing itself) holds a circle.
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (file: string): void => {
    order.set(file, index);
    low.set(file, index++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, order.get(next)!));
    }
    if (low.get(file) === order.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) components.push(component);
    }
  };
  for (const file of [...graph.keys()].sort()) if (!order.has(file)) visit(file);
  return components.map((component) => circleThrough(graph, new Set(component))).sort((a, b) => a[0].localeCompare(b[0]));
}

/** One circle inside a strongly connected component, as a readable path: the shortest way from its first file back to it. */
function circleThrough(graph: ImportGraph, component: Set<string>): string[] {
  const start = [...component].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [file];
        while (path[0] !== start) path.unshift(previous.get(path[0])!);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** Imports from `api/src/common/` (shared by every feature) into a feature module under `api/src/modules/`. */
export function commonIntoFeatures(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph)
    if (from.startsWith('api/src/common/')) for (const to of targets) if (to.startsWith('api/src/modules/')) found.push(`${from} → ${to}`);
  return found.sort();
}

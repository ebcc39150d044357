import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  ROLES,
  ERROR_CODES,
  NODE_KINDS,
  EDGE_KINDS,
  FOCUS_AREA_STATUSES,
  ACTION_STATUSES,
  PLAN_STATUSES,
  EVIDENCE_KINDS,
  WHY_NOT_CODES,
} from '@kompas/domain';
import da from './da.json';
import en from './en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const lookup = (tree: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);

describe('translations', () => {
  it('have exactly the same keys in Danish and English', () => {
    expect(keys(da).sort()).toEqual(keys(en).sort());
  });

  it('leave no text empty', () => {
    for (const [name, tree] of [
      ['da', da],
      ['en', en],
    ] as const) {
      const empty = keys(tree).filter((k) => typeof lookup(tree, k) !== 'string' || !(lookup(tree, k) as string).trim());
      expect({ name, empty }).toEqual({ name, empty: [] });
    }
  });

  it('name every kind, edge, status, evidence kind, error code, trail entry and role the domain has', () => {
    const needed = [
      ...NODE_KINDS.flatMap((k) => [`kind.${k}`, `kindA.${k}`]),
      ...EDGE_KINDS.map((k) => `edge.${k}`),
      ...FOCUS_AREA_STATUSES.map((s) => `status.focusArea.${s}`),
      ...ACTION_STATUSES.map((s) => `status.action.${s}`),
      ...PLAN_STATUSES.map((s) => `status.plan.${s}`),
      ...EVIDENCE_KINDS.map((s) => `evidence.${s}`),
      ...Object.values(ERROR_CODES).map((c) => `errors.${c}`),
      ...AUDIT_ENTITIES.flatMap((e) => [`audit.entity.${e}`, `history.the.${e}`]),
      ...AUDIT_ACTIONS.map((a) => `audit.action.${a}`),
      ...ROLES.flatMap((r) => [`role.${r}`, `users.roleHint.${r}`]),
      ...WHY_NOT_CODES.map((c) => `whyNot.${c}`),
    ];
    expect(needed.filter((k) => lookup(da, k) === undefined)).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    const differ = keys(da).filter(
      (k) => JSON.stringify(placeholders(lookup(da, k) as string)) !== JSON.stringify(placeholders(lookup(en, k) as string)),
    );
    expect(differ).toEqual([]);
  });
});

describe('texts used by the app', () => {
  it('exist in the translations: every literal t(...) key in the source', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readdirSync, readFileSync, statSync } = require('node:fs') as typeof import('node:fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { join } = require('node:path') as typeof import('node:path');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(join(__dirname, '..'));
    const used = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    // A counted text has its plural forms instead (`key_one`, `key_other`).
    const missing = [...used].filter((k) => typeof lookup(da, k) !== 'string' && typeof lookup(da, `${k}_other`) !== 'string');
    expect(missing).toEqual([]);
  });
});

import { AUDIT_ENTITIES } from './audit';
import {
  CONCEPT_KINDS,
  CONCEPT_TABLES,
  CONCEPTS,
  ConceptKind,
  childrenOf,
  conceptOfTable,
  conceptWord,
  DOCUMENT_LISTS,
  NODE_ROUTES,
  nodeKindOfTable,
  PLAN_NODE_KINDS,
  RESTORABLE_KINDS,
} from './concepts';
import { NODE_KINDS } from './kinds';

const concept = (kind: ConceptKind) => CONCEPTS[kind] as (typeof CONCEPTS)[ConceptKind];

describe('the registry of concepts', () => {
  it('gives every concept its own table, in snake_case, and names every parent and child by a concept it lists', () => {
    expect(new Set(CONCEPT_TABLES).size).toBe(CONCEPT_KINDS.length);
    for (const kind of CONCEPT_KINDS) {
      expect(concept(kind).table).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(kind).toMatch(/^[a-z][a-zA-Z]*$/);
      for (const related of [...concept(kind).parents, ...concept(kind).children]) expect(CONCEPT_KINDS).toContain(related.kind);
    }
  });

  it('shares a route only between concepts the trail names as one (the two kinds of link)', () => {
    const byRoute = new Map<string, Set<string>>();
    for (const kind of CONCEPT_KINDS) {
      const { route, trail } = concept(kind);
      if (route === null) continue;
      expect(route).toMatch(/^[a-z]+(-[a-z]+)*$/);
      byRoute.set(route, (byRoute.get(route) ?? new Set()).add(trail));
    }
    for (const [route, trails] of byRoute) expect({ route, trails: [...trails] }).toEqual({ route, trails: [expect.any(String)] });
    expect(concept('supportLink').route).toBe(concept('contributionLink').route);
  });

  it('has every child point back at its parent: through the column it is deleted by, or as a row of the plan', () => {
    for (const parent of CONCEPT_KINDS) {
      for (const child of concept(parent).children) {
        const back =
          parent === 'plan'
            ? child.column === 'planId' && concept(child.kind).inPlan
            : concept(child.kind).parents.some((p) => p.kind === parent && p.column === child.column);
        expect({ parent, child, back }).toEqual({ parent, child, back: true });
      }
    }
  });

  it('deletes and restores together only what can be restored, and lists every row of a plan among the plan’s children', () => {
    for (const kind of CONCEPT_KINDS) {
      for (const child of concept(kind).children)
        expect({ kind, child, restorable: concept(child.kind).restorable }).toMatchObject({ restorable: true });
    }
    const inPlanRestorable = CONCEPT_KINDS.filter((k) => concept(k).inPlan && concept(k).restorable).sort();
    expect(
      childrenOf('plan')
        .map((c) => c.kind)
        .sort(),
    ).toEqual(inPlanRestorable);
  });

  it('restores what a row hangs on before the row', () => {
    for (const kind of RESTORABLE_KINDS) {
      for (const parent of concept(kind).parents) {
        if (parent.kind === kind) continue; // a unit under another unit
        expect(RESTORABLE_KINDS.indexOf(parent.kind as never)).toBeLessThan(RESTORABLE_KINDS.indexOf(kind));
      }
    }
    expect(RESTORABLE_KINDS[0]).toBe('plan');
  });

  it('draws every kind of node from one concept, and gives each a route', () => {
    for (const node of NODE_KINDS) {
      expect(CONCEPT_KINDS.filter((k) => concept(k).node === node)).toHaveLength(1);
      expect(NODE_ROUTES[node]).toMatch(/^\/api\/[a-z-]+$/);
    }
    expect(NODE_ROUTES.aimingPoint).toBe('/api/aiming-points');
    expect(NODE_ROUTES.vision).toBe('/api/plans');
    expect(PLAN_NODE_KINDS).toEqual(['aimingPoint', 'focusArea', 'action', 'indicator']);
  });

  it('spells each concept four ways from one entry', () => {
    expect(concept('aimingPoint')).toMatchObject({ table: 'aiming_point', route: 'aiming-points' });
    expect(conceptWord('aimingPoint', 'en', 'many')).toBe('aiming points');
    expect(conceptWord('focusArea', 'da')).toBe('fokusområde');
    expect(conceptOfTable('focus_area')).toBe('focusArea');
    expect(conceptOfTable('audit_entry')).toBeNull();
    expect(nodeKindOfTable('plan')).toBe('vision');
    expect(nodeKindOfTable('committee')).toBeNull();
    for (const kind of CONCEPT_KINDS) for (const lang of ['da', 'en'] as const) expect(conceptWord(kind, lang, 'many')).not.toBe('');
  });

  it('names the trail’s kinds and the plan document’s lists each once', () => {
    expect(AUDIT_ENTITIES).toEqual([
      'plan',
      'aimingPoint',
      'committee',
      'unit',
      'focusArea',
      'action',
      'indicator',
      'observation',
      'link',
      'comment',
      'assessment',
      'adjustment',
      'user',
      'session',
    ]);
    expect(DOCUMENT_LISTS).toEqual(['aimingPoints', 'committees', 'units', 'focusAreas', 'actions', 'indicators', 'observations', 'links']);
  });
});

import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { MAX_CO_OWNERS, MAX_CORE_AREAS, MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TEXT, MAX_TITLE } from './limits';
import { PlanDocument, planDocumentJsonSchema } from './plan-document';
import { checkPlanDocument, MAX_DOCUMENT_ERRORS, planDocumentCounts } from './plan-document-check';

const SEED: PlanDocument = JSON.parse(readFileSync(join(__dirname, '../../../api/src/seed/hedensted.plan.json'), 'utf8'));
const SCHEMA_PATH = join(__dirname, '../../../docs/plan-document.schema.json');

function problemsAfter(mutate: (doc: PlanDocument) => void): [string, string][] {
  const doc = structuredClone(SEED);
  mutate(doc);
  return checkPlanDocument(doc).map((e) => [e.field, e.code]);
}

describe('the plan document schema', () => {
  it('passes the Hedensted export, and counts its rows', () => {
    expect(checkPlanDocument(SEED)).toEqual([]);
    expect(planDocumentCounts(SEED)).toEqual({
      aimingPoints: SEED.aimingPoints.length,
      committees: SEED.committees.length,
      units: SEED.units.length,
      focusAreas: SEED.focusAreas.length,
      actions: SEED.actions.length,
      indicators: SEED.indicators.length,
      observations: SEED.observations.length,
      links: SEED.links.length,
    });
  });

  it.each([
    ['focusAreas.3.title', MAX_TITLE, (d: PlanDocument, s: string) => (d.focusAreas[3].title = s)],
    ['plan.organisation', MAX_TITLE, (d: PlanDocument, s: string) => (d.plan.organisation = s)],
    ['plan.visionStatement', MAX_TEXT, (d: PlanDocument, s: string) => (d.plan.visionStatement = s)],
    ['aimingPoints.0.body', MAX_LONG_TEXT, (d: PlanDocument, s: string) => (d.aimingPoints[0].body = s)],
    ['committees.0.shortName', MAX_SHORT_TEXT, (d: PlanDocument, s: string) => (d.committees[0].shortName = s)],
    ['actions.0.description', MAX_TEXT, (d: PlanDocument, s: string) => (d.actions[0].description = s)],
    ['actions.0.responsiblePerson', MAX_TITLE, (d: PlanDocument, s: string) => (d.actions[0].responsiblePerson = s)],
    ['indicators.0.unit', MAX_SHORT_TEXT, (d: PlanDocument, s: string) => (d.indicators[0].unit = s)],
    ['links.0.rationale', MAX_TEXT, (d: PlanDocument, s: string) => (d.links[0].rationale = s)],
  ])('holds %s to the routes’ limit of %i characters, naming the field', (field, limit, set) => {
    expect(problemsAfter((d) => set(d, 'x'.repeat(limit)))).toEqual([]);
    expect(problemsAfter((d) => set(d, 'x'.repeat(limit + 1)))).toEqual([[field, 'max_length']]);
  });

  it('holds lists to the routes’ sizes', () => {
    expect(problemsAfter((d) => (d.committees[0].coreAreas = Array.from({ length: MAX_CORE_AREAS + 1 }, (_, i) => `k${i}`)))).toEqual([
      ['committees.0.coreAreas', 'array_max_size'],
    ]);
    expect(
      problemsAfter((d) => (d.focusAreas[0].coOwnerCommitteeIds = Array.from({ length: MAX_CO_OWNERS + 1 }, () => d.committees[1].id))),
    ).toContainEqual(['focusAreas.0.coOwnerCommitteeIds', 'array_max_size']);
  });

  it('names each kind of problem by its field and code', () => {
    const i = SEED.observations.findIndex((o) => o.supersedesId === null && SEED.observations.some((p) => p.supersedesId === o.id));
    expect(
      problemsAfter((d) => {
        (d.plan as Record<string, unknown>).extra = 1; // unknown field
        delete (d.committees[0] as Partial<PlanDocument['committees'][0]>).name; // missing
        d.actions[0].status = 'done' as never; // not one of the choices
        d.actions[1].startDate = '2026-02-30'; // no such day
        d.units[0].parentId = 'nowhere'; // dangling reference
        d.plan.periodEnd = '2000-01-01'; // dates out of order
        d.indicators[0].actionId = d.actions[0].id; // measures two things
        d.observations.push({ ...d.observations[i], id: 'twin', supersedesId: null }); // a second current observation of a period
      }),
    ).toEqual([
      ['plan.extra', 'unknown_field'],
      ['committees.0.name', 'required'],
      ['actions.0.status', 'is_in'],
      ['actions.1.startDate', 'is_calendar_date'],
      ['plan.periodEnd', 'date_order'],
      ['units.0.parentId', 'unknown_reference'],
      ['indicators.0.focusAreaId', 'indicator_shape'],
      [`observations.${SEED.observations.length}.periodStart`, 'observation_exists'],
    ]);
  });

  it('refuses a correction of another period and a cycle of corrections', () => {
    const i = SEED.observations.findIndex((o) => o.supersedesId !== null);
    const corrected = SEED.observations.findIndex((o) => o.id === SEED.observations[i].supersedesId);
    expect(problemsAfter((d) => (d.observations[i].periodStart = d.observations[i].periodEnd))).toEqual([
      [`observations.${i}.periodStart`, 'correction_mismatch'],
    ]);
    expect(problemsAfter((d) => (d.observations[corrected].supersedesId = d.observations[i].id))).toEqual([
      [`observations.${corrected}.supersedesId`, 'correction_cycle'],
      [`observations.${i}.supersedesId`, 'correction_cycle'],
    ]);
  });

  it('reports at most MAX_DOCUMENT_ERRORS problems of all kinds', () => {
    const problems = checkPlanDocument(
      (() => {
        const d = structuredClone(SEED);
        d.actions.forEach((a, i) => (i % 2 ? (a.title = 'x'.repeat(MAX_TITLE + 1)) : (a.unitId = 'nowhere')));
        return d;
      })(),
    );
    expect(problems).toHaveLength(Math.min(MAX_DOCUMENT_ERRORS, SEED.actions.length));
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['max_length', 'unknown_reference']));
  });

  it('publishes its JSON Schema as docs/plan-document.schema.json (npm run plan-schema writes it)', () => {
    const schema = planDocumentJsonSchema();
    if (process.env['KOMPAS_WRITE_PLAN_SCHEMA']) writeFileSync(SCHEMA_PATH, `${JSON.stringify(schema, null, 2)}\n`);
    expect(existsSync(SCHEMA_PATH)).toBe(true);
    expect(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'))).toEqual(schema);
    const props = (schema['properties'] as Record<string, { items?: { properties: Record<string, { maxLength?: number }> } }>)[
      'focusAreas'
    ];
    expect(props.items?.properties['title'].maxLength).toBe(MAX_TITLE);
  });
});

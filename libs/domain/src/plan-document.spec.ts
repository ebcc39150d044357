import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { MAX_CO_OWNERS, MAX_CORE_AREAS, MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TEXT, MAX_TITLE } from './limits';
import { MAX_TARGETS } from './indicator-model';
import { PlanDocument, PlanDocumentV1, planDocumentJsonSchema, upgradePlanDocument } from './plan-document';
import { checkPlanDocument, MAX_DOCUMENT_ERRORS, planDocumentCounts, readPlanDocument } from './plan-document-check';
import { planDocumentContent } from './plan-document-content';

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
      ['indicators.0.focusAreaId', 'only_one'],
      ['indicators.0.actionId', 'only_one'],
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

describe('version 2: what an indicator measures, its targets and reference, and observation series', () => {
  const at = (d: PlanDocument, id: string) => d.indicators.findIndex((i) => i.id === id);
  const I = at(SEED, 'i-folketal');

  it('takes indicators of the vision and of an aiming point, a relative target path with its reference, and reference observations', () => {
    expect(
      problemsAfter((d) => {
        Object.assign(d.indicators[I], {
          focusAreaId: null,
          aimingPointId: d.aimingPoints[0].id,
          reference: { name: 'Hele landet', source: 'Danmarks Statistik' },
          targets: [
            { period: '2026', relation: 'atMost', offset: 0.5 },
            { period: '2027K2', value: 49000 },
          ],
        });
        d.indicators[I + 1] = { ...d.indicators[I + 1], focusAreaId: null, measuresVision: true };
        d.observations.push({ ...d.observations[0], id: 'o-ref', series: 'reference', indicatorId: 'i-folketal' });
      }),
    ).toEqual([]);
  });

  it('names a bad target entry by its field, whichever form it comes closest to', () => {
    expect(
      problemsAfter((d) => {
        d.indicators[I].targets = [
          { period: '2026X', value: 1 },
          { period: '2027', relation: 'nearly', offset: 1 } as never,
          { period: '2028', value: 1, relation: 'atMost' } as never,
          { period: '2029', value: 'many' } as never,
        ];
      }),
    ).toEqual([
      [`indicators.${I}.targets.0.period`, 'invalid_period'],
      [`indicators.${I}.targets.1.relation`, 'is_in'],
      [`indicators.${I}.targets.2.relation`, 'unknown_field'],
      [`indicators.${I}.targets.3.value`, 'is_number'],
    ]);
  });

  it('applies the routes’ rules: one entry per period, relative targets need a reference, reference observations too', () => {
    expect(
      problemsAfter((d) => {
        d.indicators[I].targets = [
          { period: '2026K1', value: 1 },
          { period: '2026Q1', value: 2 },
          { period: '2027', relation: 'atLeast', offset: 0 },
        ];
        d.observations.push({ ...d.observations[0], id: 'o-ref', series: 'reference' });
      }),
    ).toEqual([
      [`indicators.${I}.targets.1.period`, 'duplicate_period'],
      [`indicators.${I}.targets.2.relation`, 'reference_required'],
      [`observations.${SEED.observations.length}.series`, 'no_reference_series'],
    ]);
  });

  it('keeps the graceDays and target limits of the routes', () => {
    expect(problemsAfter((d) => (d.indicators[I].graceDays = 366))).toEqual([[`indicators.${I}.graceDays`, 'max']]);
    expect(problemsAfter((d) => (d.indicators[I].graceDays = 1.5))).toEqual([[`indicators.${I}.graceDays`, 'is_int']]);
    const many = Array.from({ length: MAX_TARGETS + 1 }, (_, i) => ({ period: String(1900 + i), value: i }));
    expect(problemsAfter((d) => (d.indicators[I].targets = many))).toEqual([[`indicators.${I}.targets`, 'array_max_size']]);
    expect(problemsAfter((d) => (d.plan.councilName = ''))).toEqual([['plan.councilName', 'min_length']]);
  });

  it('refuses targets, a long-term target or a reference on a qualitative indicator', () => {
    const q = at(SEED, 'i-dialog-lokalraad');
    expect(problemsAfter((d) => (d.indicators[q].reference = { name: 'Hele landet', source: '' }))).toEqual([
      [`indicators.${q}.reference`, 'quantitative_only'],
    ]);
  });

  it('keeps a reference observation’s corrections and its period rule in its own series', () => {
    const first = SEED.observations[0];
    expect(
      problemsAfter((d) => {
        d.indicators[at(d, first.indicatorId)].reference = { name: 'Hele landet', source: '' };
        d.observations.push({ ...first, id: 'r1', series: 'reference' });
        d.observations.push({ ...first, id: 'r2', series: 'reference', supersedesId: 'r1' });
        d.observations.push({ ...first, id: 'r3', series: 'actual', supersedesId: 'r2' });
      }),
    ).toEqual([[`observations.${SEED.observations.length + 2}.series`, 'correction_mismatch']]);
  });
});

describe('version 1 documents', () => {
  /** The seed as version 1 wrote it: one target, no council name, no series. */
  const v1 = (): PlanDocumentV1 => {
    const d = structuredClone(SEED) as unknown as Record<string, unknown> & PlanDocumentV1;
    d.version = 1;
    const plan = d.plan as unknown as Record<string, unknown>;
    delete plan['councilName'];
    d.indicators = SEED.indicators.map((i) => {
      const { aimingPointId: _a, measuresVision: _m, targets: _t, longTermTarget, reference: _r, graceDays: _g, ...rest } = i;
      return { ...rest, targetValue: longTermTarget?.value ?? null, targetDate: longTermTarget?.date ?? null };
    }) as PlanDocumentV1['indicators'];
    d.observations = SEED.observations.map(({ series: _s, ...rest }) => rest);
    return d;
  };

  it('still imports: checked as version 1 and read as the version 2 the seed is', () => {
    const read = readPlanDocument(v1());
    expect(read.problems).toEqual([]);
    expect(read.document).toEqual(SEED);
    expect(upgradePlanDocument(v1())).toEqual(SEED);
  });

  it('dates an undated single target by the plan’s end, for the year of that date', () => {
    const doc = v1();
    doc.indicators[0] = { ...doc.indicators[0], targetValue: 7, targetDate: null };
    const read = readPlanDocument(doc).document as PlanDocument;
    expect(read.indicators[0]).toMatchObject({
      targets: [{ period: SEED.plan.periodEnd.slice(0, 4), value: 7 }],
      longTermTarget: { value: 7, date: SEED.plan.periodEnd },
    });
  });

  it('names a problem by the field version 1 has, and refuses version 2 fields in it', () => {
    const problems = (mutate: (d: PlanDocumentV1 & Record<string, unknown>) => void) => {
      const d = v1() as PlanDocumentV1 & Record<string, unknown>;
      mutate(d);
      return checkPlanDocument(d).map((e) => [e.field, e.code]);
    };
    const q = SEED.indicators.findIndex((i) => i.id === 'i-dialog-lokalraad');
    expect(problems((d) => (d.indicators[q].targetValue = 3))).toEqual([[`indicators.${q}.targetValue`, 'quantitative_only']]);
    expect(problems((d) => (d.indicators[0].targetDate = '2020-01-01'))).toEqual([['indicators.0.targetDate', 'date_order']]);
    expect(problems((d) => (d.indicators[0].actionId = SEED.actions[0].id))).toEqual([
      ['indicators.0.focusAreaId', 'only_one'],
      ['indicators.0.actionId', 'only_one'],
    ]);
    expect(problems((d) => ((d.plan as Record<string, unknown>)['councilName'] = 'Byrådet'))).toEqual([
      ['plan.councilName', 'unknown_field'],
    ]);
    expect(problems((d) => ((d.observations[0] as Record<string, unknown>)['series'] = 'actual'))).toEqual([
      ['observations.0.series', 'unknown_field'],
    ]);
    expect(readPlanDocument({ ...v1(), links: 'none' }).document).toBeNull();
  });
});

describe('what a document says (planDocumentContent)', () => {
  it('reads a target path as it is stored: periods by their codes, in the order of the periods', () => {
    const doc = structuredClone(SEED);
    const other = structuredClone(SEED);
    doc.indicators[0].targets = [
      { period: '2027', value: 2 },
      { period: '2026q1', value: 1 },
    ];
    other.indicators[0].targets = [
      { period: '2026K1', value: 1 },
      { period: '2027', value: 2 },
    ];
    expect(planDocumentContent(doc)).toBe(planDocumentContent(other));
    other.indicators[0].targets = [{ period: '2027', value: 2 }];
    expect(planDocumentContent(doc)).not.toBe(planDocumentContent(other));
  });
});

import { readFileSync } from 'fs';
import { join } from 'path';
import { FieldError } from './errors';
import { PLAN_DOCUMENT_FORMAT, PLAN_DOCUMENT_VERSION, PlanDocument } from './plan-document';
import { checkPlanDocument, MAX_DOCUMENT_ERRORS } from './plan-document-check';
import { PERIOD_CODES_ACCEPTED } from './periods';

const SEED_PATH = join(__dirname, '../../../api/src/seed/hedensted.plan.json');
const SEED: PlanDocument = JSON.parse(readFileSync(SEED_PATH, 'utf8'));

/** A deep copy of the seed, so every test mutates its own document. */
const seed = (): PlanDocument => structuredClone(SEED);

/** The problems of the seed after `mutate`, as [field, code] pairs. */
function problemsAfter(mutate: (doc: PlanDocument & Record<string, unknown>) => void): [string, string][] {
  const doc = seed() as PlanDocument & Record<string, unknown>;
  mutate(doc);
  return checkPlanDocument(doc).map((e) => [e.field, e.code]);
}

const byId = <T extends { id: string }>(rows: T[], id: string): T => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`the seed has no ${id}`);
  return row;
};

describe('checkPlanDocument on the Hedensted seed', () => {
  it('is the document these tests expect', () => {
    expect(SEED.format).toBe(PLAN_DOCUMENT_FORMAT);
    expect(SEED.version).toBe(PLAN_DOCUMENT_VERSION);
    expect(SEED.actions[0].id).toBe('a-trivselsvejledere-juelsminde');
    expect(SEED.units[0].id).toBe('u-boern-laering');
    expect(SEED.units[6]).toMatchObject({ id: 'u-skoledistrikt-juelsminde', parentId: 'u-boern-laering' });
    expect(SEED.focusAreas.slice(3, 6).map((f) => [f.committeeId, f.rank])).toEqual([
      ['c-laering', 1],
      ['c-laering', 2],
      ['c-laering', 3],
    ]);
    expect(SEED.indicators[12]).toMatchObject({ id: 'i-dialog-lokalraad', type: 'qualitative', unit: null });
    expect(SEED.observations[111]).toMatchObject({ supersedesId: 'o-sygefravaer-2026k2' });
    expect(SEED.links[0]).toMatchObject({ kind: 'supports', sourceId: 'fa-smidig-sagsbehandling', strength: 3 });
  });

  it('passes with no problems', () => {
    expect(checkPlanDocument(SEED)).toEqual([]);
  });

  it('does not change the document it checks', () => {
    const doc = seed();
    checkPlanDocument(doc);
    expect(doc).toEqual(SEED);
  });

  it('passes after a JSON round trip', () => {
    expect(checkPlanDocument(JSON.parse(JSON.stringify(SEED)))).toEqual([]);
  });
});

describe('checkPlanDocument: the envelope', () => {
  it.each([null, undefined, [], 'kompas.plan', 42, true])('refuses %p as not an object', (doc) => {
    expect(checkPlanDocument(doc)).toEqual([{ field: '', code: 'is_object', message: 'The plan document must be a JSON object.' }]);
  });

  it.each([['kompas.plan2'], ['Kompas.Plan'], [undefined], [1]])('refuses format %p and stops there', (format) => {
    const errors = checkPlanDocument({ ...seed(), format, version: 99, extra: true });
    expect(errors).toEqual([{ field: 'format', code: 'unsupported_format', message: 'must be "kompas.plan"' }]);
  });

  it.each([[3], [0], ['1'], ['2'], [null]])('refuses version %p and stops there', (version) => {
    const errors = checkPlanDocument({ ...seed(), version, extra: true });
    expect(errors).toEqual([{ field: 'version', code: 'unsupported_version', message: 'this Kompas reads versions 1 and 2' }]);
  });

  it('refuses a field outside the format at the top level', () => {
    expect(problemsAfter((d) => (d['comments'] = []))).toEqual([['comments', 'unknown_field']]);
  });

  it('refuses a plan that is not an object', () => {
    expect(problemsAfter((d) => ((d as Record<string, unknown>)['plan'] = []))).toEqual([['plan', 'is_object']]);
  });

  it('refuses a missing or non-array collection', () => {
    expect(
      problemsAfter((d) => {
        delete (d as Partial<PlanDocument>).links;
        (d as Record<string, unknown>)['units'] = {};
      }),
    ).toEqual([
      ['units', 'is_array'],
      ['links', 'required'],
    ]);
  });

  it('refuses a row that is not an object', () => {
    expect(problemsAfter((d) => ((d.actions as unknown[])[2] = 'a-x'))).toEqual([['actions.2', 'is_object']]);
  });
});

describe('checkPlanDocument: fields', () => {
  it('names a missing field by its path', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        delete (d.actions[0] as Partial<PlanDocument['actions'][0]>).title;
        return d;
      })(),
    );
    expect(errors).toEqual([{ field: 'actions.0.title', code: 'required', message: 'is missing' }]);
  });

  it.each([
    ['plan.title', 'has_visible_text', (d: PlanDocument) => (d.plan.title = '  ')],
    ['committees.2.name', 'min_length', (d: PlanDocument) => (d.committees[2].name = '')],
    ['focusAreas.4.committeeId', 'is_string', (d: PlanDocument) => ((d.focusAreas[4] as Record<string, unknown>).committeeId = 7)],
  ])('refuses an empty, blank or non-string %s with the routes’ code %s', (field, code, mutate) => {
    expect(problemsAfter(mutate)).toEqual([[field, code]]);
  });

  it('refuses a field outside the format in a row', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        (d.actions[0] as Record<string, unknown>)['priority'] = 1;
        return d;
      })(),
    );
    expect(errors).toEqual([{ field: 'actions.0.priority', code: 'unknown_field', message: 'is not part of the plan format' }]);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])(
    'refuses a field named %p, though every object inherits one by that name',
    (key) => {
      const errors = problemsAfter((d) => {
        Object.defineProperty(d.actions[1], key, { value: 'x', enumerable: true, configurable: true, writable: true });
      });
      expect(errors).toEqual([[`actions.1.${key}`, 'unknown_field']]);
    },
  );

  it('refuses a field outside the format in a section of the vision', () => {
    expect(problemsAfter((d) => ((d.plan.sections[0] as Record<string, unknown>)['extra'] = 1))).toEqual([
      ['plan.sections.0.extra', 'unknown_field'],
    ]);
  });

  it('checks sections: an array of objects with a title', () => {
    expect(problemsAfter((d) => ((d.aimingPoints[1].sections as unknown[]) = ['x']))).toEqual([['aimingPoints.1.sections.0', 'is_object']]);
    expect(problemsAfter((d) => ((d.aimingPoints[1] as Record<string, unknown>).sections = 'x'))).toEqual([
      ['aimingPoints.1.sections', 'is_array'],
    ]);
    expect(problemsAfter((d) => (d.plan.sections = [{ title: '', body: '' }]))).toEqual([['plan.sections.0.title', 'min_length']]);
  });

  it('refuses titles and names that show nothing: only spaces, zero-width or control characters', () => {
    const blank = '\u200b \u2060';
    expect(
      problemsAfter((d) => {
        d.plan.title = blank;
        d.plan.sections = [{ title: '\u0007', body: '' }];
        d.aimingPoints[0].title = blank;
        d.committees[0].name = blank;
        d.units[0].name = blank;
        d.focusAreas[0].title = blank;
        d.actions[0].title = blank;
        d.indicators[0].title = blank;
      }),
    ).toEqual([
      ['plan.title', 'has_visible_text'],
      ['plan.sections.0.title', 'has_visible_text'],
      ['aimingPoints.0.title', 'has_visible_text'],
      ['committees.0.name', 'has_visible_text'],
      ['units.0.name', 'has_visible_text'],
      ['focusAreas.0.title', 'has_visible_text'],
      ['actions.0.title', 'has_visible_text'],
      ['indicators.0.title', 'has_visible_text'],
    ]);
  });

  it.each([
    ['actions.0.status', (d: PlanDocument) => ((d.actions[0] as Record<string, unknown>).status = 'done')],
    ['plan.status', (d: PlanDocument) => ((d.plan as Record<string, unknown>).status = 'Adopted')],
    ['focusAreas.0.status', (d: PlanDocument) => ((d.focusAreas[0] as Record<string, unknown>).status = null)],
    ['indicators.0.direction', (d: PlanDocument) => ((d.indicators[0] as Record<string, unknown>).direction = 'sideways')],
    ['indicators.0.cadence', (d: PlanDocument) => ((d.indicators[0] as Record<string, unknown>).cadence = 'weekly')],
    ['links.0.kind', (d: PlanDocument) => ((d.links[0] as Record<string, unknown>).kind = 'measures')],
    ['observations.0.judgement', (d: PlanDocument) => ((d.observations[0] as Record<string, unknown>).judgement = 'fine')],
  ])('refuses a value outside the enum in %s', (field, mutate) => {
    expect(problemsAfter(mutate)).toEqual([[field, 'is_in']]);
  });

  it('allows null for an optional enum (direction of a qualitative indicator, judgement)', () => {
    expect(problemsAfter((d) => (d.observations[0].judgement = null))).toEqual([]);
  });

  it.each([
    ['actions.0.startDate', (d: PlanDocument) => (d.actions[0].startDate = '2024-02-30')],
    ['actions.0.endDate', (d: PlanDocument) => (d.actions[0].endDate = '30-06-2027')],
    ['plan.periodStart', (d: PlanDocument) => (d.plan.periodStart = '2026-1-1')],
    ['plan.periodEnd', (d: PlanDocument) => ((d.plan as Record<string, unknown>).periodEnd = null)],
    ['observations.3.periodStart', (d: PlanDocument) => (d.observations[3].periodStart = '2025-07-01T00:00:00Z')],
    ['indicators.0.longTermTarget.date', (d: PlanDocument) => ((d.indicators[0].longTermTarget as { date: string }).date = '2029-12-32')],
  ])('refuses a bad date in %s', (field, mutate) => {
    expect(problemsAfter(mutate)).toEqual([[field, 'is_calendar_date']]);
  });

  it('allows a missing optional date as null', () => {
    expect(problemsAfter((d) => (d.actions[0].endDate = null))).toEqual([]);
  });

  it.each([
    ['2025-02-13T09:15:00+01:00'],
    ['2025-02-13T08:15:00.000'],
    ['2025-02-13 08:15:00Z'],
    ['2025-02-13'],
    ['2025-02-13T08:15Z'],
    ['2025-02-13T08:15:00.0000Z'],
    ['2025-02-30T08:15:00.000Z'],
    ['2025-04-31T08:15:00Z'],
    ['2025-02-13T24:00:00Z'],
    ['2025-02-13T08:60:00Z'],
    ['2025-02-13T08:15:60Z'],
    ['2025-13-01T08:15:00Z'],
    [1739434500000],
    [null],
  ])('refuses recordedAt %p as no UTC timestamp', (recordedAt) => {
    expect(problemsAfter((d) => ((d.observations[0] as Record<string, unknown>).recordedAt = recordedAt))).toEqual([
      ['observations.0.recordedAt', 'is_timestamp'],
    ]);
  });

  it.each(['2025-02-13T08:15:00Z', '2025-02-13T08:15:00.5Z', '2024-02-29T23:59:59.999Z', '2000-02-29T00:00:00Z'])(
    'accepts recordedAt %p',
    (recordedAt) => {
      expect(problemsAfter((d) => (d.observations[0].recordedAt = recordedAt))).toEqual([]);
    },
  );

  it.each([
    ['focusAreas.0.rank', 'is_int', (d: PlanDocument) => (d.focusAreas[0].rank = 1.5)],
    ['links.0.strength', 'is_number', (d: PlanDocument) => ((d.links[0] as Record<string, unknown>).strength = '3')],
    ['links.0.strength', 'is_int', (d: PlanDocument) => (d.links[0].strength = 2.5)],
    ['plan.example', 'is_boolean', (d: PlanDocument) => ((d.plan as Record<string, unknown>).example = 'true')],
    [
      'indicators.0.baselineValue',
      'is_number',
      (d: PlanDocument) => ((d.indicators[0] as Record<string, unknown>).baselineValue = '48010'),
    ],
    ['observations.0.value', 'is_number', (d: PlanDocument) => (d.observations[0].value = Number.NaN)],
    ['actions.0.responsiblePerson', 'min_length', (d: PlanDocument) => (d.actions[0].responsiblePerson = ' ')],
    ['actions.0.description', 'is_string', (d: PlanDocument) => ((d.actions[0] as Record<string, unknown>).description = null)],
    ['committees.0.coreAreas.1', 'min_length', (d: PlanDocument) => (d.committees[0].coreAreas = ['Økonomi', ''])],
    ['plan.motivations', 'is_array', (d: PlanDocument) => ((d.plan as Record<string, unknown>).motivations = 'vi vil')],
    [
      'focusAreas.0.coOwnerCommitteeIds',
      'is_array',
      (d: PlanDocument) => ((d.focusAreas[0] as Record<string, unknown>).coOwnerCommitteeIds = null),
    ],
  ])('refuses %s with %s', (field, code, mutate) => {
    expect(problemsAfter(mutate)).toEqual([[field, code]]);
  });

  it('allows empty text where the format says text', () => {
    expect(
      problemsAfter((d) => {
        d.plan.visionStatement = '';
        d.committees[0].shortName = '';
        d.links[0].rationale = '';
      }),
    ).toEqual([]);
  });

  it('reports every shape problem of the document, in document order', () => {
    expect(
      problemsAfter((d) => {
        d.plan.title = '';
        (d.actions[5] as Record<string, unknown>).status = 'done';
        (d.links[3] as Record<string, unknown>).strength = 2.5;
      }),
    ).toEqual([
      ['plan.title', 'min_length'],
      ['actions.5.status', 'is_in'],
      ['links.3.strength', 'is_int'],
    ]);
  });

  it('reports shape problems and the rules between rows together, in one answer', () => {
    expect(
      problemsAfter((d) => {
        d.actions[0].unitId = 'u-nowhere';
        d.actions[1].title = '';
        d.actions[2].startDate = '2026-02-30';
        d.actions[3].endDate = '2000-01-01';
      }),
    ).toEqual([
      ['actions.1.title', 'min_length'],
      ['actions.2.startDate', 'is_calendar_date'],
      ['actions.0.unitId', 'unknown_reference'],
      ['actions.3.endDate', 'date_order'],
    ]);
  });

  it('passes a row of the wrong shape by when judging the rules between rows, but still knows its id', () => {
    expect(
      problemsAfter((d) => {
        (d.units[0] as Record<string, unknown>).name = 5;
        d.actions[1].unitId = 'u-nowhere';
      }),
    ).toEqual([
      ['units.0.name', 'is_string'],
      ['actions.1.unitId', 'unknown_reference'],
    ]);
  });
});

describe('checkPlanDocument: ids and references', () => {
  it('refuses an id used twice in one collection', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.units.push({ ...d.units[3] });
        return d;
      })(),
    );
    expect(errors).toEqual([{ field: 'units.24.id', code: 'duplicate_id', message: 'id "u-kultur-fritid-erhverv" is used twice' }]);
  });

  it('refuses an id used in two collections, on the later one', () => {
    expect(problemsAfter((d) => (d.observations[148].id = 'ap-smidigt'))).toEqual([['observations.148.id', 'duplicate_id']]);
  });

  it('refuses an action whose unit is not in the document', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.actions[0].unitId = 'u-nowhere';
        return d;
      })(),
    );
    expect(errors).toEqual([
      {
        field: 'actions.0.unitId',
        code: 'unknown_reference',
        message: '"u-nowhere" is not the id of one of the document\'s units',
      },
    ]);
  });

  it('refuses a reference to an id of the wrong kind', () => {
    expect(problemsAfter((d) => (d.actions[0].unitId = 'c-laering'))).toEqual([['actions.0.unitId', 'unknown_reference']]);
    // Its rank 3 now stands alone under the unit's id, so that "committee" has a gap too.
    expect(problemsAfter((d) => (d.focusAreas[2].committeeId = 'u-boern-laering'))).toEqual([
      ['focusAreas.2.committeeId', 'unknown_reference'],
      ['focusAreas.2.rank', 'rank_out_of_range'],
    ]);
    expect(problemsAfter((d) => (d.indicators[0].focusAreaId = 'a-trivselsvejledere-juelsminde'))).toEqual([
      ['indicators.0.focusAreaId', 'unknown_reference'],
    ]);
    expect(problemsAfter((d) => (d.observations[0].indicatorId = 'fa-levende-byer'))).toEqual([
      ['observations.0.indicatorId', 'unknown_reference'],
    ]);
  });

  it('refuses dangling references in every kind of row', () => {
    expect(
      problemsAfter((d) => {
        d.units[6].parentId = 'u-gone';
        d.focusAreas[0].coOwnerCommitteeIds = ['c-vaekst-klima', 'c-gone'];
        d.indicators[5].actionId = 'a-gone';
        d.observations[111].supersedesId = 'o-gone';
        d.links[30].targetId = 'fa-gone';
      }),
    ).toEqual([
      ['units.6.parentId', 'unknown_reference'],
      ['focusAreas.0.coOwnerCommitteeIds.1', 'unknown_reference'],
      ['indicators.5.actionId', 'unknown_reference'],
      ['observations.111.supersedesId', 'unknown_reference'],
      ['links.30.targetId', 'unknown_reference'],
    ]);
  });
});

describe('checkPlanDocument: the cascade rules', () => {
  it('refuses a plan period that ends before it starts', () => {
    expect(problemsAfter((d) => (d.plan.periodEnd = '2025-12-31'))).toEqual([['plan.periodEnd', 'date_order']]);
  });

  it('refuses an action that ends before it starts', () => {
    expect(problemsAfter((d) => (d.actions[0].endDate = '2024-08-11'))).toEqual([['actions.0.endDate', 'date_order']]);
  });

  it('refuses a unit cycle, on each unit of the cycle and no other', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.units[0].parentId = 'u-skoledistrikt-juelsminde';
        return d;
      })(),
    );
    expect(errors).toEqual([
      { field: 'units.0.parentId', code: 'unit_cycle', message: 'units may not be their own ancestors' },
      { field: 'units.6.parentId', code: 'unit_cycle', message: 'units may not be their own ancestors' },
    ]);
  });

  it('refuses a unit that is its own parent', () => {
    expect(problemsAfter((d) => (d.units[10].parentId = d.units[10].id))).toEqual([['units.10.parentId', 'unit_cycle']]);
  });

  it('refuses a longer cycle on all of its units', () => {
    expect(
      problemsAfter((d) => {
        d.units[1].parentId = 'u-aeldre-pleje'; // Social og Sundhed under Ældre og Pleje, under Social og Sundhed
        d.units[2].parentId = 'u-natur-vand';
        d.units[14].parentId = 'u-plan-byg'; // Teknik og Miljø → Natur og Vand → Plan og Byg → Teknik og Miljø
      }),
    ).toEqual([
      ['units.1.parentId', 'unit_cycle'],
      ['units.2.parentId', 'unit_cycle'],
      ['units.9.parentId', 'unit_cycle'],
      ['units.12.parentId', 'unit_cycle'],
      ['units.14.parentId', 'unit_cycle'],
    ]);
  });

  it('refuses a gap in one committee’s ranks, on its first focus area', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.focusAreas[5].rank = 4;
        return d;
      })(),
    );
    expect(errors).toEqual([
      {
        field: 'focusAreas.3.rank',
        code: 'rank_out_of_range',
        message: 'ranks of committee "c-laering" must be 1..3 with no gaps or ties',
      },
    ]);
  });

  it('refuses a tie and ranks that start at 0', () => {
    expect(problemsAfter((d) => (d.focusAreas[4].rank = 1))).toEqual([['focusAreas.3.rank', 'rank_out_of_range']]);
    expect(
      problemsAfter((d) => {
        for (const f of d.focusAreas) if (f.committeeId === 'c-teknik-miljoe') f.rank -= 1;
      }),
    ).toEqual([['focusAreas.15.rank', 'min']]);
  });

  it('accepts ranks that are reordered but still 1..n', () => {
    expect(
      problemsAfter((d) => {
        d.focusAreas[3].rank = 3;
        d.focusAreas[5].rank = 1;
      }),
    ).toEqual([]);
  });

  it('refuses the owning committee as a co-owner', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.focusAreas[0].coOwnerCommitteeIds.push('c-oekonomi');
        return d;
      })(),
    );
    expect(errors).toEqual([
      {
        field: 'focusAreas.0.coOwnerCommitteeIds',
        code: 'owner_as_co_owner',
        message: 'must not contain the owning committee',
      },
    ]);
  });

  it('refuses a co-owner named twice', () => {
    expect(problemsAfter((d) => d.focusAreas[3].coOwnerCommitteeIds.push('c-arbejdsmarked'))).toEqual([
      ['focusAreas.3.coOwnerCommitteeIds', 'array_unique'],
    ]);
  });

  it('refuses a qualitative indicator with a unit, naming the unit', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.indicators[12].unit = 'svar';
        return d;
      })(),
    );
    expect(errors).toEqual([
      {
        field: 'indicators.12.unit',
        code: 'indicator_shape',
        message: 'A qualitative indicator has no unit: only quantitative indicators have units, directions, baselines and targets.',
      },
    ]);
  });

  it('refuses the other indicator shapes on their fields', () => {
    expect(problemsAfter((d) => (d.indicators[12].longTermTarget = { value: 0, date: '2029-12-31' }))).toEqual([
      ['indicators.12.longTermTarget', 'quantitative_only'],
    ]);
    expect(problemsAfter((d) => (d.indicators[0].direction = null))).toEqual([['indicators.0.direction', 'indicator_shape']]);
    expect(problemsAfter((d) => (d.indicators[0].actionId = 'a-trivselsvejledere-juelsminde'))).toEqual([
      ['indicators.0.focusAreaId', 'only_one'],
      ['indicators.0.actionId', 'only_one'],
    ]);
    expect(problemsAfter((d) => (d.indicators[0].focusAreaId = null))).toEqual(
      ['measuresVision', 'aimingPointId', 'focusAreaId', 'actionId'].map((f) => [`indicators.0.${f}`, 'one_required']),
    );
    expect(problemsAfter((d) => (d.indicators[0].longTermTarget = { value: 1, date: '2024-09-30' }))).toEqual([
      ['indicators.0.longTermTarget.date', 'date_order'],
    ]);
  });

  it('refuses an observation period that is not a whole period', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.observations[0].periodEnd = '2024-12-30';
        return d;
      })(),
    );
    expect(errors).toEqual([
      {
        field: 'observations.0.periodEnd',
        code: 'invalid_period',
        message: `the period must run from the first to the last day of one whole period. ${PERIOD_CODES_ACCEPTED}`,
      },
    ]);
  });

  it('accepts observations of half years', () => {
    expect(
      problemsAfter((d) => {
        d.observations[0].periodStart = '2024-07-01';
        d.observations[0].periodEnd = '2024-12-31';
      }),
    ).toEqual([]);
  });

  it('refuses a quantitative observation without a value', () => {
    expect(problemsAfter((d) => (d.observations[0].value = null))).toEqual([['observations.0.value', 'observation_shape']]);
  });

  it('refuses a qualitative observation with a value, or without a narrative', () => {
    const i = SEED.observations.findIndex((o) => o.id === 'o-dialog-lokalraad-2024');
    expect(problemsAfter((d) => (d.observations[i].value = 3))).toEqual([[`observations.${i}.value`, 'observation_shape']]);
    expect(problemsAfter((d) => (d.observations[i].narrative = null))).toEqual([[`observations.${i}.narrative`, 'observation_shape']]);
  });

  it('refuses a second correction of the same observation', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.observations.push({ ...byId(d.observations, 'o-sygefravaer-2026k2-rettet'), id: 'o-sygefravaer-2026k2-rettet-igen' });
        return d;
      })(),
    );
    expect(errors).toEqual([
      {
        field: 'observations.149.supersedesId',
        code: 'already_superseded',
        message: 'another observation ("o-sygefravaer-2026k2-rettet") already corrects that one',
      },
    ]);
  });

  it('refuses a correction of another indicator’s observation or of another period, naming the field that differs', () => {
    expect(problemsAfter((d) => (d.observations[111].supersedesId = 'o-folketal-2025k1'))).toEqual([
      ['observations.111.indicatorId', 'correction_mismatch'],
    ]);
    const oneMonth = (d: PlanDocument) => {
      d.observations[111].periodStart = '2026-04-01';
      d.observations[111].periodEnd = '2026-04-30';
    };
    expect(problemsAfter(oneMonth)).toEqual([['observations.111.periodEnd', 'correction_mismatch']]);
  });

  it('refuses an observation that corrects itself, and corrections that come back to where they start', () => {
    expect(problemsAfter((d) => (d.observations[111].supersedesId = d.observations[111].id))).toEqual([
      ['observations.111.supersedesId', 'correction_cycle'],
    ]);
    const cycle = problemsAfter((d) => {
      const original = byId(d.observations, 'o-sygefravaer-2026k2');
      original.supersedesId = 'o-sygefravaer-2026k2-rettet';
    });
    const i = SEED.observations.findIndex((o) => o.id === 'o-sygefravaer-2026k2');
    expect(cycle).toEqual([
      [`observations.${i}.supersedesId`, 'correction_cycle'],
      ['observations.111.supersedesId', 'correction_cycle'],
    ]);
  });

  it('refuses a second observation of a period that already has a current one, on the later of the two', () => {
    expect(problemsAfter((d) => d.observations.push({ ...d.observations[0], id: 'o-igen' }))).toEqual([
      ['observations.149.periodStart', 'observation_exists'],
    ]);
    // The same period of another indicator, or another period of the same, is not a second observation.
    expect(
      problemsAfter((d) => d.observations.push({ ...d.observations[0], id: 'o-igen', periodStart: '2023-01-01', periodEnd: '2023-12-31' })),
    ).toEqual([]);
  });

  it('refuses a supports link whose source is an action', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.links[0].sourceId = 'a-trivselsvejledere-juelsminde';
        return d;
      })(),
    );
    expect(errors).toEqual([
      {
        field: 'links.0.sourceId',
        code: 'unknown_reference',
        message: '"a-trivselsvejledere-juelsminde" is not the id of one of the document\'s focusAreas',
      },
    ]);
  });

  it('refuses a contributes link that points at an aiming point', () => {
    const i = SEED.links.findIndex((l) => l.kind === 'contributes');
    expect(problemsAfter((d) => (d.links[i].targetId = 'ap-vaekst'))).toEqual([[`links.${i}.targetId`, 'unknown_reference']]);
  });

  it('refuses the same two nodes linked twice', () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        d.links.push({ ...d.links[0], id: 'l-copy', rationale: 'Igen.', strength: 1 });
        return d;
      })(),
    );
    expect(errors).toEqual([{ field: 'links.64', code: 'duplicate_link', message: 'the same two nodes are linked twice' }]);
  });

  it.each([
    [0, 'min'],
    [4, 'max'],
    [-1, 'min'],
  ])('refuses link strength %p with %s', (strength, code) => {
    expect(problemsAfter((d) => ((d.links[0] as Record<string, unknown>).strength = strength))).toEqual([['links.0.strength', code]]);
  });
});

describe('checkPlanDocument: many problems', () => {
  it(`stops at MAX_DOCUMENT_ERRORS (${MAX_DOCUMENT_ERRORS}) shape problems`, () => {
    expect(MAX_DOCUMENT_ERRORS).toBe(50);
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        for (const o of d.observations) o.recordedAt = 'yesterday';
        for (const a of d.actions) (a as Record<string, unknown>).status = 'unknown';
        return d;
      })(),
    );
    expect(errors).toHaveLength(MAX_DOCUMENT_ERRORS);
    // Actions come before observations in the document, so they are reported first.
    expect(errors.slice(0, 36).every((e: FieldError) => e.code === 'is_in' && /^actions\.\d+\.status$/.test(e.field))).toBe(true);
    expect(errors[36]).toEqual({
      field: 'observations.0.recordedAt',
      code: 'is_timestamp',
      message: 'must be an ISO 8601 UTC timestamp, e.g. 2026-03-31T12:00:00.000Z',
    });
    expect(errors[49].field).toBe('observations.13.recordedAt');
  });

  it(`stops at MAX_DOCUMENT_ERRORS reference problems`, () => {
    const errors = checkPlanDocument(
      (() => {
        const d = seed();
        for (const o of d.observations) o.indicatorId = 'i-gone';
        return d;
      })(),
    );
    expect(errors).toHaveLength(MAX_DOCUMENT_ERRORS);
    expect(errors.map((e) => e.field)).toEqual(Array.from({ length: MAX_DOCUMENT_ERRORS }, (_, i) => `observations.${i}.indicatorId`));
    expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['unknown_reference']));
  });

  it('stops at MAX_DOCUMENT_ERRORS for a document of thousands of broken rows', () => {
    const d = seed();
    d.observations = Array.from({ length: 5000 }, () => ({}) as PlanDocument['observations'][0]);
    const errors = checkPlanDocument(d);
    expect(errors).toHaveLength(MAX_DOCUMENT_ERRORS);
    expect(errors[0]).toEqual({ field: 'observations.0.id', code: 'required', message: 'is missing' });
  });
});

import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '@kompas/domain';
import ExcelJS from 'exceljs';
import type { Response, Test } from 'supertest';
import { Client, expectError, Kompas, seedMeasurement, seedSmallPlan, startKompas } from './harness';

type Preview = {
  file: { format: string; encoding: string | null; bom: boolean; delimiter: string | null; decimal: string | null };
  columns: string[];
  counts: { rows: number; new: number; unchanged: number; corrections: number; problems: number };
  rows: {
    row: number;
    indicatorId: string | null;
    period: string | null;
    value: number | null;
    narrative: string | null;
    judgement: string | null;
    sourceNote: string | null;
    series: string | null;
    status: string | null;
    current: { id: string; value: number | null } | null;
  }[];
  problems: { field: string; row: number | null; column: string | null; code: string; message: string }[];
};
type Observation = {
  id: string;
  period: string;
  value: number | null;
  narrative: string | null;
  supersedesId: string | null;
  supersededById: string | null;
};

const csv = (lines: string[], bom = false) =>
  Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(lines.join('\r\n') + '\r\n')]);

describe('importing observations from a file', () => {
  let k: Kompas;
  let s: Awaited<ReturnType<typeof seedSmallPlan>>;
  let manager: Client;
  let score: { id: string };
  let narrativeIndicator: { id: string };
  let url: string;

  const send = (as: Client, body: Buffer, type: string, dryRun = false): Test =>
    as
      .post(`${url}${dryRun ? '?dryRun=true' : ''}`)
      .set('Content-Type', type)
      .send(body);
  const preview = async (body: Buffer, type = CSV_CONTENT_TYPE, as = manager): Promise<Preview> => {
    const res = await send(as, body, type, true);
    expect({ status: res.status, body: res.status === 200 ? 'preview' : res.body }).toEqual({ status: 200, body: 'preview' });
    return res.body as Preview;
  };
  const observationsOf = async (indicatorId: string) =>
    (await k.http.get(`/api/indicators/${indicatorId}/observations`).expect(200)).body as Observation[];
  const counts = async () =>
    (
      (await k.dataSource.query(
        `SELECT (SELECT count(*) FROM "observation") AS "observations", (SELECT count(*) FROM "audit_entry") AS "entries"`,
      )) as { observations: number; entries: number }[]
    )[0];
  const verify = async () => (await k.http.get('/api/audit/verify').expect(200)).body as { intact: boolean; entries: number };

  beforeAll(async () => {
    k = await startKompas();
    s = await seedSmallPlan(k);
    manager = s.manager;
    url = `/api/plans/${s.plan.id}/observations/import`;
    score = (await seedMeasurement(k, s.action.id, manager)).indicator;
    narrativeIndicator = (
      await manager
        .post('/api/indicators')
        .send({ actionId: s.action.id, title: 'Søvn og trivsel på Ærø', type: 'qualitative', evidenceKind: 'dialogue', cadence: 'yearly' })
        .expect(201)
    ).body;
  });
  afterAll(() => k.close());

  it('previews and imports a clean CSV file with semicolons, a BOM, Danish headers and a decimal comma', async () => {
    const file = csv(
      [
        'Indikator;Periode;Værdi;Vurdering;Kilde',
        'Læsescore;2026K1;1.234,5;På sporet;Skolernes egne tal',
        `${score.id};2026M03;"12,25";;`,
        '',
        'Læsescore;2026-03-31;7;i risiko;',
      ],
      true,
    );
    const before = await counts();
    const p = await preview(file);
    expect(p.file).toEqual({ format: 'csv', encoding: 'utf-8', bom: true, delimiter: ';', decimal: 'comma' });
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => [r.row, r.period, r.value, r.judgement, r.sourceNote, r.status])).toEqual([
      [2, '2026K1', 1234.5, 'onTrack', 'Skolernes egne tal', 'new'],
      [3, '2026M03', 12.25, null, null, 'new'],
      [5, '2026-03-31', 7, 'atRisk', null, 'new'],
    ]);
    // The preview writes nothing, not even a trail entry.
    expect(await counts()).toEqual(before);

    const res = await send(manager, file, CSV_CONTENT_TYPE).expect(201);
    expect(res.body).toEqual({ written: 3, unchanged: 0, corrected: 0 });
    const recorded = await observationsOf(score.id);
    const of2026 = recorded.filter((o) => o.period.startsWith('2026')).map((o) => [o.period, o.value]);
    expect(of2026.sort()).toEqual([
      ['2026-03-31', 7],
      ['2026K1', 1234.5],
      ['2026M03', 12.25],
    ]);
    expect(await counts()).toEqual({ observations: before.observations + 3, entries: before.entries + 3 });
  });

  it('imports a CSV file with commas, no BOM, English headers and a decimal point', async () => {
    const file = Buffer.from(
      [
        'indicator,period,value,judgement,source,series',
        'Læsescore,2024,"1234.5",offTrack,"Danmarks Statistik, FOLK1A",actual',
        'Læsescore,2023,0.75,,,',
      ].join('\n'),
    );
    const p = await preview(file);
    expect(p.file).toEqual({ format: 'csv', encoding: 'utf-8', bom: false, delimiter: ',', decimal: 'point' });
    expect(p.rows.map((r) => [r.period, r.value, r.judgement, r.sourceNote, r.series, r.status])).toEqual([
      ['2024', 1234.5, 'offTrack', 'Danmarks Statistik, FOLK1A', 'actual', 'new'],
      ['2023', 0.75, null, null, 'actual', 'new'],
    ]);
    expect((await send(manager, file, `${CSV_CONTENT_TYPE}; charset=utf-8`).expect(201)).body).toEqual({
      written: 2,
      unchanged: 0,
      corrected: 0,
    });
  });

  it('reads a file that is not UTF-8 as Windows-1252, as Danish Excel saves it, and says so', async () => {
    const file = Buffer.from(
      ['indikator;periode;fortælling;vurdering', 'Søvn og trivsel på Ærø;2025;Børnene på Ærø sover bedre, siger forældrene;i risiko'].join(
        '\r\n',
      ),
      'latin1',
    );
    const p = await preview(file);
    expect(p.file).toMatchObject({ encoding: 'windows-1252', bom: false, delimiter: ';' });
    expect(p.problems).toEqual([]);
    expect(p.rows[0]).toMatchObject({
      indicatorId: narrativeIndicator.id,
      narrative: 'Børnene på Ærø sover bedre, siger forældrene',
      status: 'new',
    });
    await send(manager, file, CSV_CONTENT_TYPE).expect(201);
    expect((await observationsOf(narrativeIndicator.id)).map((o) => o.narrative)).toEqual(['Børnene på Ærø sover bedre, siger forældrene']);
  });

  it('imports the first sheet of an Excel workbook: numbers, a date, and a formula by the value Excel computed', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Målinger');
    sheet.addRow(['Indikator', 'Periode', 'Værdi', 'Kilde']);
    sheet.addRow(['Læsescore', 2022, 61.5, 'Test']);
    sheet.addRow(['Læsescore', '2021K4', { formula: 'C2*2', result: 123 }, null]);
    sheet.addRow(['Læsescore', new Date(Date.UTC(2021, 5, 30)), '12,5', null]);
    workbook.addWorksheet('Noter').addRow(['Ikke', 'læst']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const p = await preview(file, XLSX_CONTENT_TYPE);
    expect(p.file).toEqual({ format: 'xlsx', encoding: null, bom: false, delimiter: null, decimal: 'comma' });
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => [r.row, r.period, r.value, r.status])).toEqual([
      [2, '2022', 61.5, 'new'],
      [3, '2021K4', 123, 'new'],
      [4, '2021-06-30', 12.5, 'new'],
    ]);
    expect((await send(manager, file, XLSX_CONTENT_TYPE).expect(201)).body).toEqual({ written: 3, unchanged: 0, corrected: 0 });
    expect((await observationsOf(score.id)).find((o) => o.period === '2021K4')?.value).toBe(123);
  });

  it('names every problem at its row and column, refuses the whole file, and writes nothing', async () => {
    const twin = (
      await manager
        .post('/api/indicators')
        .send({
          actionId: s.action.id,
          title: 'Fravær',
          type: 'quantitative',
          evidenceKind: 'caseSystem',
          cadence: 'yearly',
          unit: '%',
          direction: 'down',
        })
        .expect(201)
    ).body;
    const other = (
      await manager
        .post('/api/indicators')
        .send({
          actionId: s.action.id,
          title: 'Fravær',
          type: 'quantitative',
          evidenceKind: 'survey',
          cadence: 'yearly',
          unit: '%',
          direction: 'down',
        })
        .expect(201)
    ).body;
    const file = csv([
      'indikator;periode;værdi;fortælling;vurdering;serie',
      'Læsescore;2019;1,5;;;',
      'Ingen sådan;2019;1;;;',
      'Læsescore;2019K5;1;;;',
      'Læsescore;2018;mange;;;',
      'Søvn og trivsel på Ærø;2019;3;;;',
      'Læsescore;2017;2;;godt;',
      'Læsescore;2016;2;;;gæt',
      'Fravær;2019;4;;;',
      ';2019;4;;;',
      'Læsescore;2019;2,5;;;',
      'Læsescore;2015;2;;;reference',
      'Læsescore;2014;2.5;;;',
    ]);
    const before = await counts();
    const p = await preview(file);
    expect(p.problems.map((x) => [x.field, x.row, x.column, x.code])).toEqual([
      ['rows.3.indicator', 3, 'indicator', 'unknown_indicator'],
      ['rows.4.period', 4, 'period', 'invalid_period'],
      ['rows.5.value', 5, 'value', 'invalid_number'],
      ['rows.6.value', 6, 'value', 'observation_shape'],
      ['rows.7.judgement', 7, 'judgement', 'invalid_judgement'],
      ['rows.8.series', 8, 'series', 'invalid_series'],
      ['rows.9.indicator', 9, 'indicator', 'ambiguous_indicator'],
      ['rows.10.indicator', 10, 'indicator', 'required'],
      ['rows.11.period', 11, 'period', 'duplicate_row'],
      ['rows.12.series', 12, 'series', 'no_reference_series'],
      ['rows.13.value', 13, 'value', 'mixed_decimals'],
    ]);
    expect(p.problems.find((x) => x.code === 'ambiguous_indicator')?.message).toEqual(expect.stringContaining(twin.id));
    expect(p.problems.find((x) => x.code === 'ambiguous_indicator')?.message).toEqual(expect.stringContaining(other.id));
    expect(p.rows.filter((r) => r.status !== null).map((r) => r.row)).toEqual([2]);

    const refused = await send(manager, file, CSV_CONTENT_TYPE);
    expectError(refused, 400, 'invalid_file', ['rows.3.indicator', 'rows.13.value']);
    expect(refused.body.details).toEqual(p.problems);
    expect(await counts()).toEqual(before);

    // Named by its id, the indicator is no longer ambiguous.
    const byId = await preview(csv(['indikator;periode;værdi', `${other.id};2019;4`]));
    expect(byId.rows[0]).toMatchObject({ indicatorId: other.id, status: 'new' });
  });

  it('refuses a file whose header lacks a column, or whose header is not in row 1, with the problem at the file', async () => {
    const p = await preview(csv(['indikator;værdi', 'Læsescore;1']));
    expect(p.problems.map((x) => [x.field, x.code])).toEqual([['columns.period', 'missing_column']]);
    expectError(await send(manager, csv(['indikator;værdi', 'Læsescore;1']), CSV_CONTENT_TYPE), 400, 'invalid_file', ['columns.period']);
    const late = await preview(csv(['', 'indikator;periode;værdi', 'Læsescore;2019;1']));
    expect(late.problems.map((x) => [x.field, x.code])).toEqual([['rows.1', 'missing_header']]);
    const broken = await preview(Buffer.from('not a workbook'), XLSX_CONTENT_TYPE);
    expect(broken.problems.map((x) => [x.field, x.code])).toEqual([['file', 'unreadable_file']]);
  });

  it('skips a row equal to the current observation and corrects one that differs: the old one is superseded, both stay in the history', async () => {
    const file = csv(['indikator;periode;værdi;kilde', 'Læsescore;2025;70;', 'Læsescore;2022;61,5;', 'Læsescore;2020;50;']);
    const p = await preview(file);
    expect(p.rows.map((r) => [r.period, r.status, r.current?.value ?? null])).toEqual([
      ['2025', 'unchanged', 70],
      ['2022', 'unchanged', 61.5],
      ['2020', 'new', null],
    ]);
    const changed = csv(['indikator;periode;værdi;kilde', 'Læsescore;2025;72;Rettet efter ny opgørelse', 'Læsescore;2022;61,5;']);
    const q = await preview(changed);
    expect(q.rows.map((r) => [r.period, r.status, r.value, r.sourceNote, r.current?.value ?? null])).toEqual([
      ['2025', 'correction', 72, 'Rettet efter ny opgørelse', 70],
      ['2022', 'unchanged', 61.5, 'Test', 61.5],
    ]);
    expect(q.counts).toMatchObject({ rows: 2, new: 0, unchanged: 1, corrections: 1, problems: 0 });
    const oldId = q.rows[0].current?.id as string;
    expect((await send(manager, changed, CSV_CONTENT_TYPE).expect(201)).body).toEqual({ written: 1, unchanged: 1, corrected: 1 });
    const of2025 = (await observationsOf(score.id)).filter((o) => o.period === '2025');
    expect(of2025.map((o) => [o.value, o.supersedesId === oldId, o.supersededById !== null])).toEqual([
      [70, false, true],
      [72, true, false],
    ]);
    // The correction as POST /api/observations/{id}/supersede makes it: an update of the indicator's observation, in its history.
    const history = (await k.http.get(`/api/audit?entityId=${score.id}&limit=5`).expect(200)).body.items as {
      action: string;
      entity: string;
    }[];
    expect(history[0]).toMatchObject({ action: 'update', entity: 'observation' });
    // Importing the same file again changes nothing.
    const before = await counts();
    expect((await send(manager, changed, CSV_CONTENT_TYPE).expect(201)).body).toEqual({ written: 0, unchanged: 2, corrected: 0 });
    expect(await counts()).toEqual(before);
  });

  it("refuses rows of another unit's indicators with 403 naming them, and shows them as problems in the preview", async () => {
    const other = await seedSmallPlan(k);
    const theirs = (await seedMeasurement(k, other.action.id)).indicator;
    const stranger = other.manager;
    const file = csv(['indikator;periode;værdi', `${score.id};2013;1`, `${score.id};2012;1`]);
    const otherUrl = url;
    expect(theirs.id).not.toBe(score.id);
    const p = await preview(file, CSV_CONTENT_TYPE, stranger);
    expect(p.problems.map((x) => [x.field, x.code])).toEqual([
      ['rows.2.indicator', 'forbidden'],
      ['rows.3.indicator', 'forbidden'],
    ]);
    const before = await counts();
    const res = await send(stranger, file, CSV_CONTENT_TYPE);
    expectError(res, 403, 'forbidden', ['rows.2.indicator', 'rows.3.indicator']);
    expect(res.body.reason).toMatchObject({ code: 'other_unit' });
    expect(await counts()).toEqual(before);
    expect(otherUrl).toBe(url);
    // Without a session: 401, before the body is read.
    expectError((await k.anon.post(url).set('Content-Type', CSV_CONTENT_TYPE).send(file)) as unknown as Response, 401, 'unauthenticated');
  });

  it("imports a reference series' values, and lets an indicator's responsible person import its rows and no others", async () => {
    const viewer = await k.as('viewer', { name: 'Rikke Ansvarlig' });
    const rate = (
      await manager
        .post('/api/indicators')
        .send({
          actionId: s.action.id,
          title: 'Ledighed i Testrup',
          type: 'quantitative',
          evidenceKind: 'statistics',
          cadence: 'quarterly',
          unit: '%',
          direction: 'down',
          reference: { name: 'Hele landet', source: 'Danmarks Statistik, AUL01' },
          responsibleUserId: viewer.userId,
        })
        .expect(201)
    ).body as { id: string };
    const file = csv(['indikator;periode;værdi;serie', 'Ledighed i Testrup;2026K1;3,1;', 'Ledighed i Testrup;2026K1;2,9;reference']);
    const p = await preview(file, CSV_CONTENT_TYPE, viewer);
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => [r.series, r.value, r.status])).toEqual([
      ['actual', 3.1, 'new'],
      ['reference', 2.9, 'new'],
    ]);
    expect((await send(viewer, file, CSV_CONTENT_TYPE).expect(201)).body).toEqual({ written: 2, unchanged: 0, corrected: 0 });
    const both = (await k.http.get(`/api/indicators/${rate.id}/observations`).expect(200)).body as (Observation & { series: string })[];
    expect(both.map((o) => [o.series, o.period, o.value]).sort()).toEqual([
      ['actual', '2026K1', 3.1],
      ['reference', '2026K1', 2.9],
    ]);
    // The same file again is two unchanged rows: each compared within its own series.
    expect((await send(viewer, file, CSV_CONTENT_TYPE).expect(201)).body).toEqual({ written: 0, unchanged: 2, corrected: 0 });
    // A reference row for an indicator without a reference series is a problem at its cell.
    const noReference = await preview(csv(['indikator;periode;værdi;serie', `${score.id};2019;1;reference`]));
    expect(noReference.problems.map((x) => [x.field, x.column])).toEqual([['rows.2.series', 'series']]);
    // The responsible person of one indicator may not import another's rows.
    const res = await send(viewer, csv(['indikator;periode;værdi', `${score.id};2018;1`]), CSV_CONTENT_TYPE);
    expectError(res, 403, 'forbidden', ['rows.2.indicator']);
  });

  it('answers a body of another type with 415, and one over 10 MB or 50,000 rows with 413, in the error shape', async () => {
    expectError(await send(manager, Buffer.from('indikator;periode;værdi'), 'text/plain'), 415, 'unsupported_media_type', ['Content-Type']);
    expectError(
      (await manager.post(url).send({ indicator: 'Læsescore', period: '2026', value: 1 })) as unknown as Response,
      415,
      'unsupported_media_type',
    );
    expectError(await send(manager, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), CSV_CONTENT_TYPE, true), 413, 'payload_too_large', ['body']);
    const rows = ['indikator;periode;værdi', ...Array.from({ length: 50_001 }, () => 'Læsescore;2026;1')];
    expectError(await send(manager, csv(rows), CSV_CONTENT_TYPE, true), 413, 'payload_too_large', ['body']);
    // An unknown plan is not found, whatever the body.
    const unknown = `/api/plans/00000000-0000-4000-8000-000000000000/observations/import`;
    expectError((await manager.post(unknown).set('Content-Type', 'text/plain').send('x')) as unknown as Response, 404, 'not_found', [
      'planId',
    ]);
  });

  it('imports 5,000 rows in one go, each observation with its own trail entry, and the trail still verifies', async () => {
    const daily = (
      await manager
        .post('/api/indicators')
        .send({
          actionId: s.action.id,
          title: 'Besøg i læsecaféen',
          type: 'quantitative',
          evidenceKind: 'caseSystem',
          cadence: 'monthly',
          unit: 'besøg',
          direction: 'up',
        })
        .expect(201)
    ).body as { id: string };
    const day = (i: number) => new Date(Date.UTC(2010, 0, 1 + i)).toISOString().slice(0, 10);
    const file = csv(['indikator;periode;værdi', ...Array.from({ length: 5000 }, (_, i) => `Besøg i læsecaféen;${day(i)};${i},5`)]);
    const p = await preview(file);
    expect(p.counts).toEqual({ rows: 5000, new: 5000, unchanged: 0, corrections: 0, problems: 0 });
    const before = await counts();
    expect((await send(manager, file, CSV_CONTENT_TYPE).expect(201)).body).toEqual({ written: 5000, unchanged: 0, corrected: 0 });
    expect(await counts()).toEqual({ observations: before.observations + 5000, entries: before.entries + 5000 });
    const entries = (await k.dataSource.query(
      `SELECT count(DISTINCT json_extract(j."value", '$.id')) AS "n" FROM "audit_entry" e, json_each(e."changes") j
        WHERE e."entityId" = ? AND e."action" = 'create' AND json_extract(j."value", '$.table') = 'observation'`,
      [daily.id],
    )) as { n: number }[];
    expect(entries[0].n).toBe(5000);
    const recorded = await observationsOf(daily.id);
    expect(recorded).toHaveLength(5000);
    expect(recorded[4999]).toMatchObject({ period: day(4999), value: 4999.5 });
    const verified = await verify();
    expect(verified.intact).toBe(true);
  });
});

import type ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import { binary, pdfText, workbook } from './files';
import { Client, expectError, Kompas, startKompas } from './harness';

/** The values of one column of a sheet, below its header, as text. */
function column(book: ExcelJS.Workbook, sheet: string, header: string): string[] {
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}: ${book.worksheets.map((w) => w.name).join(', ')}`);
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const at = headers.indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${sheet}: ${headers.join(', ')}`);
  const out: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push(String(row.getCell(at).value ?? ''));
  });
  return out;
}

type Graph = {
  nodes: { id: string; kind: string; title: string; committeeId?: string; coOwnerCommitteeIds?: string[]; rank?: number }[];
  edges: { kind: string; source: string; target: string }[];
};

describe('the follow-up report (Hedensted, demo)', () => {
  let k: Kompas;
  let viewer: Client;
  let planId: string;
  let graph: Graph;
  let committees: { id: string; name: string }[];
  let pdf: Buffer;
  let pdfRes: Response;

  const get = (who: Client, url: string) => who.get(url).buffer(true).parse(binary);

  beforeAll(async () => {
    k = await startKompas({ demo: true });
    viewer = await k.as('viewer');
    planId = ((await k.http.get('/api/plans').expect(200)).body as { id: string }[])[0].id;
    graph = (await k.http.get(`/api/plans/${planId}/graph`).expect(200)).body as Graph;
    committees = (await k.http.get(`/api/plans/${planId}/committees`).expect(200)).body as { id: string; name: string }[];
    pdfRes = await get(viewer, `/api/plans/${planId}/report.pdf?period=2026`).expect(200);
    pdf = pdfRes.body as Buffer;
  });
  afterAll(() => k.close());

  const titles = (kind: string) => graph.nodes.filter((n) => n.kind === kind).map((n) => n.title);

  it('is a PDF with a file name of the plan and the period, which anyone signed in may read', () => {
    expect(pdfRes.headers['content-type']).toBe('application/pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfRes.headers['content-disposition']).toBe(
      'attachment; filename="kompas-hedensted-sammen-om-at-skabe-et-liv-i-balance-2026.pdf"',
    );
  });

  it("names every aiming point, focus area and action under Hedensted's four layer headings, in Danish", () => {
    const text = pdfText(pdf);
    const at = ['STRATEGI', 'FOKUS/RETNING', 'HANDLINGER', 'DATA'].map((h) => text.indexOf(` ${h} `));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('I Hedensted Kommune tager vi ansvar sammen.');
    const missing = [...titles('aimingPoint'), ...titles('focusArea'), ...titles('action'), ...titles('indicator')].filter(
      (t) => !text.includes(t.replace(/\s+/g, ' ')),
    );
    expect(missing).toEqual([]);
    for (const c of committees) expect(text).toContain(c.name);
    // Danish words for the node's lifecycle, and the periods and numbers as Danes write them.
    expect(text).toMatch(/Vedtaget|Foreslået/);
    expect(text).toMatch(/Igangsat|Identificeret/);
    expect(text).toContain('Periode: 1. jan. 2026 – 31. dec. 2026');
  });

  it("lists each committee's focus areas in their order of priority", () => {
    const text = pdfText(pdf);
    const focusStart = text.indexOf(' FOKUS/RETNING ');
    const actionsStart = text.indexOf(' HANDLINGER ');
    const layer = text.slice(focusStart, actionsStart);
    for (const c of committees) {
      const own = graph.nodes
        .filter((n) => n.kind === 'focusArea' && n.committeeId === c.id)
        .sort((a, b) => (a.rank as number) - (b.rank as number));
      const positions = own.map((f, i) => layer.indexOf(`${i + 1}. ${f.title}`));
      expect({ committee: c.name, found: positions.every((p) => p >= 0) }).toEqual({ committee: c.name, found: true });
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('is written in English with lang=en', async () => {
    const res = await get(viewer, `/api/plans/${planId}/report.pdf?period=2026&lang=en`).expect(200);
    const text = pdfText(res.body as Buffer);
    for (const h of ['STRATEGY', 'FOCUS/DIRECTION', 'ACTIONS', 'DATA']) expect(text).toContain(` ${h} `);
    expect(text).not.toContain('STRATEGI ');
    expect(text).not.toContain('HANDLINGER');
    expect(text).toContain('Period: 1 Jan 2026 – 31 Dec 2026');
    expect(text).toMatch(/Adopted|Proposed/);
  });

  it("reports every value whose period ends in the report's period, in the workbook and the PDF", async () => {
    const indicators = (await k.http.get(`/api/plans/${planId}/indicators`).expect(200)).body as { id: string; title: string }[];
    const observed: { indicator: string; period: string }[] = [];
    for (const i of indicators) {
      const obs = (await k.http.get(`/api/indicators/${i.id}/observations`).expect(200)).body as
        { period: string; periodEnd: string }[] | { items: { period: string; periodEnd: string }[] };
      for (const o of Array.isArray(obs) ? obs : obs.items)
        if (o.periodEnd >= '2025-01-01' && o.periodEnd <= '2025-12-31') observed.push({ indicator: i.title, period: o.period });
    }
    expect(observed.length).toBeGreaterThan(0);
    const xlsx = (await get(viewer, `/api/plans/${planId}/report.xlsx?period=2025`).expect(200)).body as Buffer;
    const book = await workbook(xlsx);
    const periods = column(book, 'Data', 'Periode').filter(Boolean);
    expect(periods.length).toBe(observed.length);
    const text = pdfText((await get(viewer, `/api/plans/${planId}/report.pdf?period=2025`).expect(200)).body as Buffer);
    const dataLayer = text.slice(text.indexOf(' DATA '));
    for (const o of observed) expect(dataLayer).toContain(o.period);
  });

  it('is a workbook with one sheet per layer, a styled and frozen header, and a row per node', async () => {
    const res = await get(viewer, `/api/plans/${planId}/report.xlsx?period=2026`).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="kompas-hedensted-sammen-om-at-skabe-et-liv-i-balance-2026.xlsx"',
    );
    const book = await workbook(res.body as Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Strategi', 'Fokus og retning', 'Handlinger', 'Data']);
    for (const ws of book.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
      expect((ws.columns ?? []).every((c) => (c.width ?? 0) >= 8)).toBe(true);
    }
    const kinds = column(book, 'Strategi', 'Type');
    expect(kinds.filter((x) => x === 'Sigtepunkt')).toHaveLength(titles('aimingPoint').length);
    expect(
      column(book, 'Strategi', 'Titel')
        .filter((t) => titles('aimingPoint').includes(t))
        .sort(),
    ).toEqual(titles('aimingPoint').sort());
    // A row per focus area under the committee that owns it, ranked; a shared one again under each committee it is shared with.
    const ranked = column(book, 'Fokus og retning', 'Prioritet');
    const focusAreas = column(book, 'Fokus og retning', 'Fokusområde');
    expect(focusAreas.filter((_, i) => ranked[i] !== '').sort()).toEqual(titles('focusArea').sort());
    expect(new Set(focusAreas)).toEqual(new Set(titles('focusArea')));
    expect(column(book, 'Handlinger', 'Handling').sort()).toEqual(titles('action').sort());
    expect(new Set(column(book, 'Data', 'Indikator'))).toEqual(new Set(titles('indicator')));
  });

  it("narrows to a committee: its focus areas, the actions serving them and their data, and no one else's", async () => {
    const learning = committees.find((c) => c.name === 'Udvalget for Læring') as { id: string; name: string };
    const theirs = (n: Graph['nodes'][number]) =>
      n.kind === 'focusArea' && (n.committeeId === learning.id || (n.coOwnerCommitteeIds ?? []).includes(learning.id));
    const own = graph.nodes.filter(theirs).map((n) => n.title);
    const others = graph.nodes.filter((n) => n.kind === 'focusArea' && !theirs(n)).map((n) => n.title);
    const ownIds = new Set(graph.nodes.filter(theirs).map((n) => n.id));
    const serving = new Set(graph.edges.filter((e) => e.kind === 'contributes' && ownIds.has(e.target)).map((e) => e.source));
    const res = await get(viewer, `/api/plans/${planId}/report.xlsx?period=2026&committeeId=${learning.id}`).expect(200);
    expect(res.headers['content-disposition']).toContain('udvalget-for-laering-2026.xlsx');
    const book = await workbook(res.body as Buffer);
    expect(new Set(column(book, 'Fokus og retning', 'Fokusområde'))).toEqual(new Set(own));
    expect(column(book, 'Handlinger', 'Handling').sort()).toEqual(
      graph.nodes
        .filter((n) => serving.has(n.id))
        .map((n) => n.title)
        .sort(),
    );
    expect(column(book, 'Handlinger', 'Handling').length).toBeLessThan(titles('action').length);
    const text = pdfText((await get(viewer, `/api/plans/${planId}/report.pdf?committeeId=${learning.id}`).expect(200)).body as Buffer);
    // Below the council's strategy (whose health may name any focus area), only the committee's own.
    const below = text.slice(text.indexOf(' FOKUS/RETNING '));
    for (const t of own) expect(below).toContain(t);
    for (const t of others) expect(below).not.toContain(t);
    // The council's strategy stays whole: the committee's work is read against it.
    for (const t of titles('aimingPoint')) expect(text).toContain(t);

    // Two committees: both of theirs.
    const second = committees.find((c) => c.id !== learning.id) as { id: string };
    const both = await workbook(
      (await get(viewer, `/api/plans/${planId}/report.xlsx?committeeId=${learning.id}&committeeId=${second.id}`).expect(200))
        .body as Buffer,
    );
    expect(new Set(column(both, 'Fokus og retning', 'Udvalg').map((c) => c.replace(/ \(.*$/, '')))).toEqual(
      new Set([learning.name, committees.find((c) => c.id === second.id)?.name]),
    );
  });

  it("shows the period's assessments under what they assess and the period's decided adjustments, with their decision, under the focus areas they change", async () => {
    const learning = committees.find((c) => c.name === 'Udvalget for Læring') as { id: string; name: string };
    const [first, second] = graph.nodes
      .filter((n) => n.kind === 'focusArea' && n.committeeId === learning.id)
      .sort((a, b) => (a.rank as number) - (b.rank as number));
    const action = graph.nodes.find((n) => n.kind === 'action') as { id: string; title: string };
    await k.http
      .post('/api/assessments')
      .send({
        nodeId: action.id,
        date: '2026-03-01',
        status: 'atRisk',
        reflection: 'Fremmødet falder i udskolingen.',
        proposedAdjustment: 'Flyt midler til vejledning.',
      })
      .expect(201);
    await k.http
      .post('/api/assessments')
      .send({ nodeId: action.id, date: '2025-11-01', status: 'onTrack', reflection: 'En vurdering fra sidste år.' })
      .expect(201);
    const member = await k.as('committeeMember', { committees: [learning.id] });
    const version = async (id: string) => ((await k.http.get(`/api/focus-areas/${id}`).expect(200)).body as { version: number }).version;
    const made = await member.post('/api/adjustments').send({
      planId,
      decision: { decidedBy: 'committee', committeeId: learning.id, decidedAt: '2026-05-12', caseNumber: '26/1234' },
      reason: 'Trivsel først: fraværet stiger.',
      changes: [{ kind: 'focusAreaRank', id: second.id, version: await version(second.id), rank: 1 }],
    });
    expect(made.status).toBe(201);

    const text = pdfText((await get(viewer, `/api/plans/${planId}/report.pdf?period=2026`).expect(200)).body as Buffer);
    const focusLayer = text.slice(text.indexOf(' FOKUS/RETNING '), text.indexOf(' HANDLINGER '));
    expect(focusLayer).toContain('Udvalget for Læring, 12. maj 2026, sag 26/1234');
    expect(focusLayer).toContain('Prioritet ændret til 1');
    expect(focusLayer).toContain('Begrundelse: Trivsel først: fraværet stiger.');
    expect(focusLayer.indexOf(`1. ${second.title}`)).toBeLessThan(focusLayer.indexOf(`2. ${first.title}`));
    const actionsLayer = text.slice(text.indexOf(' HANDLINGER '), text.indexOf(' DATA '));
    expect(actionsLayer).toContain('Fremmødet falder i udskolingen.');
    expect(actionsLayer).toContain('Foreslået justering: Flyt midler til vejledning.');
    expect(actionsLayer).not.toContain('En vurdering fra sidste år.');

    const book = await workbook((await get(viewer, `/api/plans/${planId}/report.xlsx?period=2026&lang=en`).expect(200)).body as Buffer);
    const adjustments = column(book, 'Focus and direction', 'Adjustments in the period').filter(Boolean);
    expect(adjustments.join('\n')).toContain('Udvalget for Læring, 12 May 2026, case 26/1234: Priority changed to 1');
    expect(column(book, 'Actions', 'Assessments in the period').join('\n')).toContain('2026-03-01 At risk');
    // Last year's report has last year's assessment and none of this year's.
    const lastYear = await workbook((await get(viewer, `/api/plans/${planId}/report.xlsx?period=2025`).expect(200)).body as Buffer);
    const assessed = column(lastYear, 'Handlinger', 'Vurderinger i perioden').join('\n');
    expect(assessed).toContain('En vurdering fra sidste år.');
    expect(assessed).not.toContain('Fremmødet');
  });

  it("gives every node the health and explanation of the plan's roll-up, in the report's language", async () => {
    for (const lang of ['da', 'en'] as const) {
      const health = (await viewer.get(`/api/plans/${planId}/health?lang=${lang}`).expect(200)).body as {
        nodes: { nodeId: string; health: string; explanation: string }[];
      };
      const of = new Map(health.nodes.map((n) => [n.nodeId, n]));
      const book = await workbook((await get(viewer, `/api/plans/${planId}/report.xlsx?lang=${lang}`).expect(200)).body as Buffer);
      const words =
        lang === 'da'
          ? { onTrack: '● På sporet', atRisk: '▲ I risiko', offTrack: '✕ Ude af sporet', noData: '○ Ingen data' }
          : { onTrack: '● On track', atRisk: '▲ At risk', offTrack: '✕ Off track', noData: '○ No data' };
      const sheet = lang === 'da' ? 'Handlinger' : 'Actions';
      const actions = column(book, sheet, lang === 'da' ? 'Handling' : 'Action');
      const healths = column(book, sheet, lang === 'da' ? 'Sundhed' : 'Health');
      const explanations = column(book, sheet, lang === 'da' ? 'Forklaring' : 'Explanation');
      for (const [i, title] of actions.entries()) {
        const node = graph.nodes.find((n) => n.kind === 'action' && n.title === title) as { id: string };
        const h = of.get(node.id) as { health: keyof typeof words; explanation: string };
        expect({ title, health: healths[i], explanation: explanations[i] }).toEqual({
          title,
          health: words[h.health],
          explanation: h.explanation,
        });
      }
      const text = pdfText((await get(viewer, `/api/plans/${planId}/report.pdf?lang=${lang}`).expect(200)).body as Buffer);
      for (const a of graph.nodes.filter((n) => n.kind === 'aimingPoint')) {
        const h = of.get(a.id) as { explanation: string };
        expect(text).toContain(h.explanation.replace(/\s+/g, ' ').replace(/[→]/g, '->').slice(0, 40));
      }
    }
  });

  it('defaults to the current year', async () => {
    const year = new Date().getUTCFullYear();
    const res = await get(viewer, `/api/plans/${planId}/report.xlsx`).expect(200);
    expect(res.headers['content-disposition']).toContain(`-${year}.xlsx`);
  });

  it('takes half years, quarters (K or Q) and months', async () => {
    for (const [period, name] of [
      ['2026H1', '2026h1'],
      ['2026Q3', '2026k3'],
      ['2026k3', '2026k3'],
      ['2026M03', '2026m03'],
    ]) {
      const res = await get(viewer, `/api/plans/${planId}/report.xlsx?period=${period}`).expect(200);
      expect(res.headers['content-disposition']).toContain(`-${name}.xlsx`);
    }
  });

  it('refuses an unknown period, committee or language with 400 naming it, and an unknown plan with 404', async () => {
    for (const period of ['2026K5', 'last-year', '2026-03-31', '']) {
      for (const ext of ['pdf', 'xlsx']) {
        const res = await viewer.get(`/api/plans/${planId}/report.${ext}?period=${encodeURIComponent(period)}`);
        expectError(res, 400, 'validation_failed', ['period']);
        expect(res.body.details[0].message).toContain('2026K1');
      }
    }
    expectError(await viewer.get(`/api/plans/${planId}/report.pdf?period=2026&period=2025`), 400, 'validation_failed', ['period']);
    expectError(await viewer.get(`/api/plans/${planId}/report.pdf?lang=de`), 400, 'validation_failed', ['lang']);
    expectError(await viewer.get(`/api/plans/${planId}/report.pdf?committeeId=nope`), 400, 'validation_failed', ['committeeId']);

    const other = (
      await k.http
        .post('/api/plans')
        .send({ organisation: 'Testrup Kommune', title: 'Testrup – sammen', periodStart: '2026-01-01', periodEnd: '2029-12-31' })
        .expect(201)
    ).body as { id: string };
    const foreign = (await k.http.post('/api/committees').send({ planId: other.id, name: 'Testrups udvalg' }).expect(201)).body as {
      id: string;
    };
    for (const ext of ['pdf', 'xlsx']) {
      const res = await viewer.get(`/api/plans/${planId}/report.${ext}?committeeId=${committees[0].id}&committeeId=${foreign.id}`);
      expectError(res, 400, 'validation_failed', ['committeeId']);
    }
    // The other plan's own report is a report of an empty plan, with the layers and nothing made up.
    const empty = pdfText((await get(viewer, `/api/plans/${other.id}/report.pdf?committeeId=${foreign.id}`).expect(200)).body as Buffer);
    expect(empty).toContain('Testrups udvalg');
    expect(empty).toContain('Udvalget har ingen fokusområder i planen.');

    expectError(await viewer.get('/api/plans/00000000-0000-4000-8000-000000000000/report.pdf'), 404, 'not_found');
    expect((await k.anon.get(`/api/plans/${planId}/report.pdf`)).status).toBe(401);
  });
});

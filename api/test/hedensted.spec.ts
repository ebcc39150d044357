import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVIDENCE_KINDS } from '@kompas/domain';
import { Kompas, startKompas, withoutIds } from './harness';

/**
 * The seed text as extracted from the council's PDF (kept in test/fixtures),
 * with only the extraction damage mended, split into paragraphs.
 */
function seedParagraphs(): string[] {
  const raw = readFileSync(join(__dirname, 'fixtures/hedensted-vision.txt'), 'utf8')
    .replace(/\biiv\b/g, 'liv')
    .replace(/skeløbende/g, 'ske løbende');
  return raw
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+\n/g, '\n').trim())
    .filter(Boolean);
}

type AimingPoint = {
  title: string;
  ambition: string;
  body: string;
  sections: { title: string; body: string }[];
  position: number;
  example: boolean;
};

describe('Hedensted in demo mode', () => {
  let k: Kompas;
  let planId: string;
  beforeAll(async () => {
    k = await startKompas({ demo: true });
    const plans = (await k.http.get('/api/plans').expect(200)).body;
    expect(plans).toHaveLength(1);
    planId = plans[0].id;
  });
  afterAll(() => k.close());

  it('loads the council vision 2026–2029 with its three "Fordi vi vil …" lines, not marked as example', async () => {
    const plan = (await k.http.get(`/api/plans/${planId}`).expect(200)).body;
    expect(plan).toMatchObject({
      organisation: 'Hedensted Kommune',
      title: 'Hedensted – sammen om at skabe et liv i balance',
      visionStatement: 'I Hedensted Kommune tager vi ansvar sammen.',
      periodStart: '2026-01-01',
      periodEnd: '2029-12-31',
      status: 'adopted',
      example: false,
    });
    const seed = seedParagraphs();
    expect(plan.motivations).toHaveLength(3);
    for (const m of plan.motivations) {
      expect(m).toMatch(/^Fordi vi vil /);
      expect(seed).toContain(m);
    }
    expect(plan.sections.map((s: { title: string }) => s.title).slice(0, 2)).toEqual(['Vision i praksis', 'Sådan følger vi udviklingen']);
    for (const s of plan.sections.slice(0, 2)) {
      const start = seed.indexOf(s.title);
      const paragraphs = s.body.split('\n\n');
      expect(seed.slice(start + 1, start + 1 + paragraphs.length)).toEqual(paragraphs);
    }
  });

  it('holds the three aiming points verbatim from the seed: titles, ambitions, body texts and sub-sections', async () => {
    const aps = (await k.http.get(`/api/plans/${planId}/aiming-points`).expect(200)).body as AimingPoint[];
    expect(aps.map((a) => a.title)).toEqual(['Vækst og udvikling i balance', 'Forskellige sammen', 'Smidigt samarbejde']);
    expect(aps.map((a) => a.ambition)).toEqual([
      'Vi vil have levende lokalsamfund, tæt på naturen, hvor man kan bo forskelligt og leve godt',
      'Vi vil have stærke fællesskaber, hvor forskellighed og lokale løsninger er en styrke',
      'Vi vil være en kommune, hvor det er attraktivt at bo, drive virksomhed og arbejde',
    ]);
    const seed = seedParagraphs();
    const ends = ['Forskellige sammen', 'Smidigt samarbejde', 'Vision i praksis'];
    aps.forEach((a, i) => {
      // In the seed, each aiming point runs from its heading to the next one.
      const from = seed.indexOf(a.title);
      const to = seed.indexOf(ends[i], from + 1);
      expect(from).toBeGreaterThan(-1);
      const expected = seed.slice(from, to);
      const stored = [a.title, a.ambition, ...a.body.split('\n\n'), ...a.sections.flatMap((s) => [s.title, ...s.body.split('\n\n')])];
      expect(stored).toEqual(expected);
      expect(a.example).toBe(false);
    });
    expect(aps[0].sections.map((s) => s.title)).toEqual(['En lokal udvikling i balance har mange bundlinjer']);
    expect(aps[1].sections.map((s) => s.title)).toEqual(['Fællesskab – et fælles ansvar']);
    expect(aps[2].sections.map((s) => s.title)).toEqual(['Smidighed i mødet med borgere og virksomheder', 'En samarbejdende organisation']);
  });

  it("has Hedensted's committees: the five known ones, and the rest marked as examples", async () => {
    const committees = (await k.http.get(`/api/plans/${planId}/committees`).expect(200)).body as { name: string; example: boolean }[];
    const known = [
      'Økonomiudvalget',
      'Udvalget for Læring',
      'Udvalget for Social Omsorg',
      'Udvalget for Vækst & Klima',
      'Udvalget for Fællesskab',
    ];
    expect(committees.filter((c) => !c.example).map((c) => c.name)).toEqual(known);
    expect(committees).toHaveLength(7); // a finance committee and six standing committees
    expect(committees.filter((c) => c.example)).toHaveLength(2);
  });

  it('has example focus areas, actions, indicators and two years of observations, all flagged as examples', async () => {
    const graph = (await k.http.get(`/api/plans/${planId}/graph`).expect(200)).body;
    const of = (kind: string) => graph.nodes.filter((n: { kind: string }) => n.kind === kind);
    const focusAreas = of('focusArea');
    const actions = of('action');
    const indicators = of('indicator');
    expect(focusAreas.every((n: { example: boolean }) => n.example)).toBe(true);
    expect(actions.every((n: { example: boolean }) => n.example)).toBe(true);
    expect(indicators.every((n: { example: boolean }) => n.example)).toBe(true);

    const perCommittee = new Map<string, number>();
    for (const f of focusAreas) perCommittee.set(f.committeeId, (perCommittee.get(f.committeeId) ?? 0) + 1);
    expect([...perCommittee.values()].every((n) => n >= 2 && n <= 4)).toBe(true);
    expect(perCommittee.size).toBe(7);
    expect(focusAreas.some((f: { coOwnerCommitteeIds: string[] }) => f.coOwnerCommitteeIds.length > 0)).toBe(true);

    expect(actions.length).toBeGreaterThanOrEqual(20);
    expect(actions.length).toBeLessThanOrEqual(40);
    const contributes = graph.edges.filter((e: { kind: string }) => e.kind === 'contributes');
    const linksPerAction = new Map<string, number>();
    for (const e of contributes) linksPerAction.set(e.source, (linksPerAction.get(e.source) ?? 0) + 1);
    expect([...linksPerAction.values()].some((n) => n >= 2)).toBe(true);
    const unlinked = actions.filter((a: { id: string }) => !linksPerAction.has(a.id));
    expect(unlinked.length).toBeGreaterThanOrEqual(1);
    expect(unlinked.length).toBeLessThanOrEqual(5);

    const kinds = new Set(indicators.map((i: { evidenceKind: string }) => i.evidenceKind));
    expect([...kinds].sort()).toEqual([...EVIDENCE_KINDS].sort());

    // Two years of observations for every indicator.
    for (const i of indicators) {
      const obs = (await k.http.get(`/api/indicators/${i.id}/observations`).expect(200)).body as {
        periodStart: string;
        periodEnd: string;
        example: boolean;
      }[];
      const first = obs.map((o) => o.periodStart).sort()[0];
      const last = obs
        .map((o) => o.periodEnd)
        .sort()
        .reverse()[0];
      const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(364 * 2 - 1);
      expect(obs.every((o) => o.example)).toBe(true);
      expect(i.latest).not.toBeNull();
    }
  });

  it('exports exactly the plan document it was loaded from, apart from ids', async () => {
    const seed = JSON.parse(readFileSync(join(__dirname, '../src/seed/hedensted.plan.json'), 'utf8'));
    const exported = (await k.http.get(`/api/plans/${planId}/export`).expect(200)).body;
    expect(withoutIds(exported)).toEqual(withoutIds(seed));
  });

  it('marks the organisational units as examples', async () => {
    const units = (await k.http.get('/api/units').expect(200)).body as { example: boolean }[];
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.example)).toBe(true);
  });

  it('does not load Hedensted a second time when restarted on the same database', async () => {
    const again = await startKompas({ demo: true, databasePath: k.databasePath });
    try {
      expect((await again.http.get('/api/plans').expect(200)).body).toHaveLength(1);
    } finally {
      await again.app.close();
    }
  });
});

describe('without demo mode', () => {
  it('starts empty', async () => {
    const k = await startKompas({ demo: false });
    try {
      await k.http.get('/api/plans').expect(200, []);
      await k.http.get('/api/units').expect(200, []);
    } finally {
      await k.close();
    }
  });
});

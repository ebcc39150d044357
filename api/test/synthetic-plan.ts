import type {
  ActionStatus,
  Direction,
  DocAction,
  DocAimingPoint,
  DocCommittee,
  DocFocusArea,
  DocIndicator,
  DocLink,
  DocObservation,
  DocUnit,
  EvidenceKind,
  FocusAreaStatus,
  Judgement,
  PlanDocument,
} from '@kompas/domain';

/**
 * A made-up municipal plan of any size, for the benchmark: the same shape as a
 * real one (three aiming points, seven committees, a unit tree, focus areas,
 * actions with indicators and two years of quarterly observations), and the
 * same document for the same arguments every time.
 */

/** A small seeded PRNG (mulberry32): fast, and the same sequence for the same seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AIMING_POINTS = [
  {
    title: 'Vækst og udvikling i balance',
    ambition: 'Vi vil have levende lokalsamfund, tæt på naturen, hvor man kan bo forskelligt og leve godt',
  },
  {
    title: 'Fællesskaber der bærer',
    ambition: 'Vi vil have stærke fællesskaber, hvor forskellighed og lokale løsninger er en styrke',
  },
  {
    title: 'En smidig og samarbejdende kommune',
    ambition: 'Vi vil være en kommune, hvor det er attraktivt at bo, drive virksomhed og arbejde',
  },
];

const COMMITTEES = [
  { name: 'Økonomiudvalget', shortName: 'ØU', coreAreas: ['Økonomi', 'Administration', 'Tværgående strategi'] },
  { name: 'Udvalget for Læring', shortName: 'Læring', coreAreas: ['Dagtilbud', 'Folkeskoler', 'Ungeindsats'] },
  { name: 'Udvalget for Social og Sundhed', shortName: 'Social', coreAreas: ['Ældreområdet', 'Sundhed', 'Handicap'] },
  { name: 'Udvalget for Teknik og Miljø', shortName: 'Teknik', coreAreas: ['Veje', 'Natur', 'Forsyning'] },
  { name: 'Udvalget for Vækst og Klima', shortName: 'Vækst', coreAreas: ['Erhverv', 'Bosætning', 'Klima'] },
  { name: 'Udvalget for Kultur og Fritid', shortName: 'Kultur', coreAreas: ['Biblioteker', 'Idræt', 'Foreningsliv'] },
  { name: 'Udvalget for Beskæftigelse', shortName: 'Job', coreAreas: ['Jobcenter', 'Integration', 'Uddannelse'] },
];

const TOP_UNITS = ['Børn og Læring', 'Social og Sundhed', 'Teknik og Miljø', 'Vækst og Kultur', 'Job og Borger', 'Stab og Økonomi'];
const UNIT_KINDS = ['Skoledistrikt', 'Dagtilbud', 'Plejecenter', 'Hjemmepleje', 'Driftsgården', 'Bibliotek', 'Jobcenter', 'Sekretariat'];
const TOWNS = [
  'Juelsminde',
  'Tørring',
  'Løsning',
  'Hornsyld',
  'Hedensted',
  'Stouby',
  'Daugård',
  'Uldum',
  'Rask Mølle',
  'Barrit',
  'Glud',
  'Klakring',
  'Ølsted',
  'Bjerre',
  'Lindved',
  'Ørum',
  'Hvirring',
  'Åle',
  'Nørre Snede',
  'Gammelsole',
];

const VERBS = ['Styrket', 'Flere', 'Bedre', 'Nye', 'Fælles', 'Lokale', 'Tidlig', 'Grøn', 'Tryg', 'Digital', 'Mere', 'Sammen om'];
const NOUNS = [
  'fællesskaber',
  'trivsel',
  'sagsbehandling',
  'læring',
  'bevægelse',
  'naturoplevelser',
  'cykelstier',
  'sundhedstilbud',
  'frivillighed',
  'borgerdialog',
  'overgange',
  'ungeindsats',
  'klimatilpasning',
  'erhvervsservice',
  'rehabilitering',
  'forældresamarbejde',
  'kulturtilbud',
  'mødesteder',
  'indsats mod ensomhed',
  'rekruttering',
  'energirenovering',
  'læsning',
];
const PLACES = [
  'i dagtilbud',
  'i skolen',
  'på plejecentrene',
  'i lokalsamfundet',
  'i hjemmeplejen',
  'på tværs',
  'i foreningerne',
  'for unge',
  'for ældre',
  'i byerne',
];
const GOALS = [
  'så flere borgere oplever',
  'så børn og unge får',
  'så medarbejderne får',
  'så lokalsamfundene får',
  'så virksomhederne møder',
];
const GAINS = [
  'bedre trivsel',
  'mere tid til kerneopgaven',
  'stærkere fællesskaber',
  'en enklere hverdag',
  'bedre sammenhæng',
  'mere livskvalitet',
];
const FIRST_NAMES = [
  'Anne',
  'Jonas',
  'Sofie',
  'Mads',
  'Mette',
  'Lars',
  'Ida',
  'Henrik',
  'Camilla',
  'Peter',
  'Louise',
  'Søren',
  'Maja',
  'Rasmus',
];
const LAST_NAMES = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Kjær',
  'Madsen',
  'Brandt',
  'Østergaard',
  'Lund',
  'Holm',
  'Mølgaard',
  'Thomsen',
];

const EVIDENCE: EvidenceKind[] = ['dialogue', 'staffAssessment', 'caseSystem', 'survey', 'statistics'];
const QUANT_UNITS = ['procent', 'personer', 'dage', 'antal', 'point', 'timer'];
const QUAL_NARRATIVES = [
  'Dialogmøderne viser, at borgerne oplever en tydelig forbedring.',
  'Medarbejderne vurderer, at indsatsen er godt i gang, men mangler forankring.',
  'Forældrene fortæller om mere ro og bedre samarbejde.',
  'Lokalrådet peger på, at flere er kommet med i fællesskabet.',
  'Indsatsen er forsinket; der er lagt en ny plan sammen med lederne.',
  'Samtalerne viser blandede erfaringer, som følges op i næste kvartal.',
];
const SOURCE_NOTES: Record<EvidenceKind, string | null> = {
  dialogue: 'Referat fra dialogmøde',
  staffAssessment: 'Ledernes kvartalsvise vurdering',
  caseSystem: 'Udtræk fra fagsystemet',
  survey: 'Trivselsmåling',
  statistics: 'Danmarks Statistik',
};

/** 2024K1 .. 2025K4 as [periodStart, periodEnd]. */
const QUARTERS: [string, string][] = [2024, 2025].flatMap(
  (y) =>
    [
      [`${y}-01-01`, `${y}-03-31`],
      [`${y}-04-01`, `${y}-06-30`],
      [`${y}-07-01`, `${y}-09-30`],
      [`${y}-10-01`, `${y}-12-31`],
    ] as [string, string][],
);
/** The first day after each quarter: observations are recorded some weeks later. */
const QUARTER_AFTER = [2024, 2025].flatMap((y) => [Date.UTC(y, 3, 1), Date.UTC(y, 6, 1), Date.UTC(y, 9, 1), Date.UTC(y + 1, 0, 1)]);
const DAY_MS = 86_400_000;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** A plan document with `actions` actions; the same `seed` gives the same document. */
export function syntheticPlan(actions: number, seed = 1): PlanDocument {
  const n = Math.max(1, Math.floor(actions));
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const chance = (p: number) => rnd() < p;
  /** k distinct indexes below `size` (k is small). */
  const distinct = (k: number, size: number): number[] => {
    const out: number[] = [];
    for (let guard = 0; out.length < Math.min(k, size) && guard < 100; guard++) {
      const i = Math.floor(rnd() * size);
      if (!out.includes(i)) out.push(i);
    }
    return out;
  };
  const sentence = () => `${pick(VERBS)} ${pick(NOUNS)} ${pick(PLACES)}, ${pick(GOALS)} ${pick(GAINS)}.`;

  const aimingPoints: DocAimingPoint[] = AIMING_POINTS.map((a, i) => ({
    id: `ap${i + 1}`,
    title: a.title,
    ambition: a.ambition,
    body: `${sentence()} ${sentence()}`,
    sections: [{ title: 'Sådan følger vi udviklingen', body: sentence() }],
    example: true,
  }));

  const committees: DocCommittee[] = COMMITTEES.map((c, i) => ({ id: `c${i + 1}`, ...c, coreAreas: [...c.coreAreas], example: true }));

  const units: DocUnit[] = TOP_UNITS.map((name, i) => ({ id: `u${i + 1}`, name, parentId: null, example: true }));
  const leafCount = Math.max(4, Math.round(n / 25));
  const leafIds: string[] = [];
  for (let i = 0; i < leafCount; i++) {
    const id = `u${TOP_UNITS.length + i + 1}`;
    const round = Math.floor(i / TOWNS.length);
    const name = `${UNIT_KINDS[i % UNIT_KINDS.length]} ${TOWNS[i % TOWNS.length]}${round ? ` ${round + 1}` : ''}`;
    units.push({ id, name, parentId: `u${(i % TOP_UNITS.length) + 1}`, example: true });
    leafIds.push(id);
  }

  const focusCount = Math.max(6, Math.round(n / 10));
  const nextRank = committees.map(() => 0);
  const focusAreas: DocFocusArea[] = [];
  for (let i = 0; i < focusCount; i++) {
    // Every committee owns some; the rest are spread at random.
    const owner = i < committees.length ? i : int(0, committees.length - 1);
    const coOwners = chance(0.2)
      ? distinct(int(1, 2), committees.length)
          .filter((c) => c !== owner)
          .map((c) => committees[c].id)
      : [];
    const status: FocusAreaStatus = chance(0.8) ? 'adopted' : chance(0.7) ? 'proposed' : 'retired';
    focusAreas.push({
      id: `fa${i + 1}`,
      committeeId: committees[owner].id,
      coOwnerCommitteeIds: coOwners,
      title: `${pick(VERBS)} ${pick(NOUNS)} ${pick(PLACES)}`,
      description: `${sentence()} ${sentence()}`,
      rank: ++nextRank[owner],
      status,
      example: true,
    });
  }

  const links: DocLink[] = [];
  let linkNo = 0;
  for (const f of focusAreas) {
    for (const ap of distinct(int(1, 2), aimingPoints.length)) {
      links.push({
        id: `l${++linkNo}`,
        kind: 'supports',
        sourceId: f.id,
        targetId: aimingPoints[ap].id,
        rationale: `Fokusområdet bidrager til sigtepunktet: ${pick(GAINS)}.`,
        strength: int(1, 3) as 1 | 2 | 3,
        example: true,
      });
    }
  }

  const ACTION_STATUS: ActionStatus[] = ['identified', 'launched', 'launched', 'launched', 'adjusting', 'completed', 'stopped'];
  const JUDGEMENT: (Judgement | null)[] = ['onTrack', 'onTrack', 'onTrack', 'atRisk', 'offTrack', null];
  const actionList: DocAction[] = [];
  const indicators: DocIndicator[] = [];
  const observations: DocObservation[] = [];
  let indicatorNo = 0;
  let observationNo = 0;
  for (let i = 0; i < n; i++) {
    const id = `a${i + 1}`;
    const startYear = int(2024, 2026);
    const startDate = chance(0.9) ? `${startYear}-${pad2(int(1, 12))}-01` : null;
    const endDate = startDate && chance(0.5) ? `${startYear + int(1, 3)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}` : null;
    actionList.push({
      id,
      title: `${pick(VERBS)} ${pick(NOUNS)} ${pick(PLACES)} – ${pick(TOWNS)}`,
      description: `${sentence()} ${sentence()} ${sentence()}`,
      unitId: leafIds[int(0, leafIds.length - 1)],
      responsiblePerson: chance(0.9) ? `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}` : null,
      status: pick(ACTION_STATUS),
      startDate,
      endDate,
      example: true,
    });
    for (const f of distinct(int(1, 3), focusAreas.length)) {
      links.push({
        id: `l${++linkNo}`,
        kind: 'contributes',
        sourceId: id,
        targetId: focusAreas[f].id,
        rationale: chance(0.7) ? `Handlingen understøtter fokusområdet gennem ${pick(NOUNS)}.` : '',
        strength: int(1, 3) as 1 | 2 | 3,
        example: true,
      });
    }

    const indicatorsHere = int(1, 2);
    for (let k = 0; k < indicatorsHere; k++) {
      const indicatorId = `i${++indicatorNo}`;
      const evidenceKind = EVIDENCE[(i + k + int(0, 4)) % EVIDENCE.length];
      // Dialogue is always told in words; staff assessments half the time.
      const qualitative = evidenceKind === 'dialogue' || (evidenceKind === 'staffAssessment' && chance(0.5));
      const direction: Direction | null = qualitative ? null : pick<Direction>(['up', 'up', 'down', 'hold']);
      const baseline = qualitative ? null : int(10, 900);
      const step = baseline === null ? 0 : (direction === 'down' ? -1 : direction === 'up' ? 1 : 0) * baseline * 0.01;
      const target = baseline === null ? null : Math.round(baseline + step * 12);
      indicators.push({
        id: indicatorId,
        aimingPointId: null,
        focusAreaId: null,
        actionId: id,
        measuresVision: false,
        title: qualitative ? `Oplevet ${pick(NOUNS)} ${pick(PLACES)}` : `Andel med ${pick(NOUNS)} ${pick(PLACES)}`,
        description: sentence(),
        type: qualitative ? 'qualitative' : 'quantitative',
        evidenceKind,
        cadence: 'quarterly',
        unit: qualitative ? null : pick(QUANT_UNITS),
        direction,
        baselineValue: baseline,
        baselineDate: qualitative ? null : '2023-12-31',
        targets: target === null ? [] : [{ period: '2027', value: target }],
        longTermTarget: target === null ? null : { value: target, date: '2027-12-31' },
        reference: null,
        graceDays: 30,
        example: true,
      });
      for (let q = 0; q < QUARTERS.length; q++) {
        const recorded = QUARTER_AFTER[q] + int(5, 40) * DAY_MS + int(7 * 3600, 16 * 3600) * 1000;
        const value = baseline === null ? null : Math.round((baseline + step * (q + 1) + (rnd() - 0.5) * baseline * 0.04) * 10) / 10;
        observations.push({
          id: `o${++observationNo}`,
          indicatorId,
          series: 'actual',
          periodStart: QUARTERS[q][0],
          periodEnd: QUARTERS[q][1],
          value,
          narrative: qualitative ? pick(QUAL_NARRATIVES) : chance(0.1) ? pick(QUAL_NARRATIVES) : null,
          judgement: pick(JUDGEMENT),
          sourceNote: chance(0.6) ? SOURCE_NOTES[evidenceKind] : null,
          recordedAt: new Date(recorded).toISOString(),
          supersedesId: null,
          example: true,
        });
      }
    }
  }

  return {
    format: 'kompas.plan',
    version: 2,
    plan: {
      organisation: 'Syntetisk Kommune',
      councilName: 'Kommunalbestyrelsen',
      title: `Syntetisk Kommune – sammen om et liv i balance (${n} handlinger)`,
      visionStatement: 'I Syntetisk Kommune tager vi ansvar sammen.',
      motivations: AIMING_POINTS.map((a) => `Fordi ${a.ambition.charAt(0).toLowerCase()}${a.ambition.slice(1)}.`),
      sections: [{ title: 'Vision i praksis', body: `${sentence()} ${sentence()}` }],
      periodStart: '2024-01-01',
      periodEnd: '2029-12-31',
      status: 'adopted',
      example: true,
    },
    aimingPoints,
    committees,
    units,
    focusAreas,
    actions: actionList,
    indicators,
    observations,
    links,
  };
}

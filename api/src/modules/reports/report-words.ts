import type { ActionStatus, Direction, FocusAreaStatus, Judgement, NodeKind } from '@kompas/domain';
import type { ReportDecision, ReportHealth, ReportLang, ReportValue } from './report-model';

/** The words of a report, in Danish and English: the app's own terms (see the web app's status words). */
const WORDS = {
  da: {
    layers: { strategy: 'STRATEGI', focus: 'FOKUS/RETNING', actions: 'HANDLINGER', data: 'DATA' },
    sheets: { strategy: 'Strategi', focus: 'Fokus og retning', actions: 'Handlinger', data: 'Data' },
    title: 'Opfølgning',
    kindColumn: 'Type',
    titleColumn: 'Titel',
    textColumn: 'Tekst',
    period: 'Periode',
    madeOn: 'Dannet',
    healthAsOf: 'Sundhed pr.',
    committees: 'Udvalg',
    allCommittees: 'Hele planen',
    vision: 'Vision',
    motivation: 'Motivation',
    aimingPoint: 'Sigtepunkt',
    aimingPoints: 'Sigtepunkter',
    supportedBy: 'Understøttes af',
    supports: 'Understøtter',
    noFocusAreas: 'Udvalget har ingen fokusområder i planen.',
    noActions: 'Ingen handlinger.',
    noIndicators: 'Ingen indikatorer.',
    noCommittees: 'Ingen udvalg.',
    shared: 'på tværs, ejet af',
    priority: 'Prioritet',
    focusArea: 'Fokusområde',
    committee: 'Udvalg',
    status: 'Status',
    health: 'Sundhed',
    explanation: 'Forklaring',
    adjustments: 'Justeringer i perioden',
    noAdjustments: 'Ingen justeringer i perioden.',
    assessments: 'Vurderinger i perioden',
    noAssessments: 'Ingen vurderinger i perioden.',
    notRecorded: 'Ikke registreret i denne udgave af Kompas.',
    pending: 'afventer',
    proposed: 'Foreslået justering',
    action: 'Handling',
    unit: 'Enhed',
    responsible: 'Ansvarlig',
    start: 'Start',
    end: 'Slut',
    contributesTo: 'Bidrager til',
    contributesToNothing: 'Bidrager ikke til noget fokusområde',
    actionCount: 'Handlinger',
    indicator: 'Indikator',
    measures: 'Måler',
    unitOfMeasure: 'Enhed',
    baseline: 'Udgangspunkt',
    longTermTarget: 'Langsigtet mål',
    value: 'Værdi',
    target: 'Mål',
    met: 'Nået',
    judgement: 'Vurdering',
    noValues: 'Ingen værdier i perioden.',
    narrative: 'Beskrivelse',
    directionWord: 'Ønsket retning',
    legendValue: 'værdi',
    legendTarget: 'mål',
    decidedByCouncil: 'Kommunalbestyrelsen',
    decidedByCommittee: 'Udvalget',
    caseNo: 'sag',
    reason: 'Begrundelse',
    changes: 'Ændringer',
    decision: 'Beslutning',
    date: 'Dato',
    reflection: 'Refleksion',
    by: 'Af',
    page: 'Side',
    from: 'fra',
    until: 'til',
    of: 'af',
  },
  en: {
    layers: { strategy: 'STRATEGY', focus: 'FOCUS/DIRECTION', actions: 'ACTIONS', data: 'DATA' },
    sheets: { strategy: 'Strategy', focus: 'Focus and direction', actions: 'Actions', data: 'Data' },
    title: 'Follow-up report',
    kindColumn: 'Kind',
    titleColumn: 'Title',
    textColumn: 'Text',
    period: 'Period',
    madeOn: 'Made',
    healthAsOf: 'Health as of',
    committees: 'Committees',
    allCommittees: 'The whole plan',
    vision: 'Vision',
    motivation: 'Motivation',
    aimingPoint: 'Aiming point',
    aimingPoints: 'Aiming points',
    supportedBy: 'Supported by',
    supports: 'Supports',
    noFocusAreas: 'The committee has no focus areas in the plan.',
    noActions: 'No actions.',
    noIndicators: 'No indicators.',
    noCommittees: 'No committees.',
    shared: 'shared, owned by',
    priority: 'Priority',
    focusArea: 'Focus area',
    committee: 'Committee',
    status: 'Status',
    health: 'Health',
    explanation: 'Explanation',
    adjustments: 'Adjustments in the period',
    noAdjustments: 'No adjustments in the period.',
    assessments: 'Assessments in the period',
    noAssessments: 'No assessments in the period.',
    notRecorded: 'Not recorded in this version of Kompas.',
    pending: 'pending',
    proposed: 'Proposed adjustment',
    action: 'Action',
    unit: 'Unit',
    responsible: 'Responsible',
    start: 'Start',
    end: 'End',
    contributesTo: 'Contributes to',
    contributesToNothing: 'Contributes to no focus area',
    actionCount: 'Actions',
    indicator: 'Indicator',
    measures: 'Measures',
    unitOfMeasure: 'Unit',
    baseline: 'Baseline',
    longTermTarget: 'Long-term target',
    value: 'Value',
    target: 'Target',
    met: 'Met',
    judgement: 'Judgement',
    noValues: 'No values in the period.',
    narrative: 'Narrative',
    directionWord: 'Desired direction',
    legendValue: 'value',
    legendTarget: 'target',
    decidedByCouncil: 'The municipal council',
    decidedByCommittee: 'The committee',
    caseNo: 'case',
    reason: 'Reason',
    changes: 'Changes',
    decision: 'Decision',
    date: 'Date',
    reflection: 'Reflection',
    by: 'By',
    page: 'Page',
    from: 'from',
    until: 'until',
    of: 'of',
  },
} as const;

export type ReportWords = (typeof WORDS)[ReportLang];

const HEALTH = {
  da: { onTrack: 'På sporet', atRisk: 'I risiko', offTrack: 'Ude af sporet', noData: 'Ingen data' },
  en: { onTrack: 'On track', atRisk: 'At risk', offTrack: 'Off track', noData: 'No data' },
} as const;
/** The shape beside each health word, so that health never rests on colour alone. */
export const HEALTH_SHAPES = { onTrack: '●', atRisk: '▲', offTrack: '✕', noData: '○' } as const;
/** Colours of the health shapes (text stays black). */
export const HEALTH_COLOURS = { onTrack: '#1b7a3a', atRisk: '#b35c00', offTrack: '#b3261e', noData: '#6b6b6b' } as const;

const FOCUS_AREA_STATUS = {
  da: { proposed: 'Foreslået', adopted: 'Vedtaget', retired: 'Udfaset' },
  en: { proposed: 'Proposed', adopted: 'Adopted', retired: 'Retired' },
} as const;
const ACTION_STATUS = {
  da: { identified: 'Identificeret', launched: 'Igangsat', adjusting: 'Justeres', completed: 'Afsluttet', stopped: 'Stoppet' },
  en: { identified: 'Identified', launched: 'Launched', adjusting: 'Adjusting', completed: 'Completed', stopped: 'Stopped' },
} as const;
const DIRECTION = { da: { up: 'Op', down: 'Ned', hold: 'Hold niveau' }, en: { up: 'Up', down: 'Down', hold: 'Hold level' } } as const;
const KIND = {
  da: { vision: 'Vision', aimingPoint: 'Sigtepunkt', focusArea: 'Fokusområde', action: 'Handling', indicator: 'Indikator' },
  en: { vision: 'Vision', aimingPoint: 'Aiming point', focusArea: 'Focus area', action: 'Action', indicator: 'Indicator' },
} as const;
const CHECK = {
  da: { met: 'Ja', notMet: 'Nej', pending: 'Afventer referencen', noTarget: 'Intet mål', noValue: 'Ingen værdi' },
  en: { met: 'Yes', notMet: 'No', pending: 'Awaiting the reference', noTarget: 'No target', noValue: 'No value' },
} as const;

/** The words and formats of a report in one language. */
export class ReportText {
  readonly w: ReportWords;
  private readonly numbers: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;

  constructor(readonly lang: ReportLang) {
    this.w = WORDS[lang];
    this.numbers = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 });
    this.dates = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }

  health(h: Judgement | 'noData'): string {
    return HEALTH[this.lang][h];
  }
  /** "● På sporet", for text that can carry the shape (the spreadsheet). */
  healthWithShape(h: ReportHealth | null): string {
    return h ? `${HEALTH_SHAPES[h.health]} ${this.health(h.health)}` : '';
  }
  focusAreaStatus(s: FocusAreaStatus): string {
    return FOCUS_AREA_STATUS[this.lang][s];
  }
  actionStatus(s: ActionStatus): string {
    return ACTION_STATUS[this.lang][s];
  }
  direction(d: Direction | null): string {
    return d ? DIRECTION[this.lang][d] : '';
  }
  kind(k: NodeKind): string {
    return KIND[this.lang][k as keyof (typeof KIND)['da']] ?? k;
  }
  check(c: ReportValue['check']): string {
    return CHECK[this.lang][c];
  }
  number(x: number | null): string {
    return x === null ? '–' : this.numbers.format(x);
  }
  /** A date `YYYY-MM-DD` in the language's short form (6. dec. 2026 / 6 Dec 2026). */
  date(d: string | null): string {
    return d ? this.dates.format(new Date(`${d}T00:00:00Z`)) : '–';
  }
  /** An action's dates: "5. jan. 2026 – 30. jun. 2027", "fra 3. feb. 2025", "til 30. jun. 2027", or nothing. */
  span(start: string | null, end: string | null): string {
    if (start && end) return `${this.date(start)} – ${this.date(end)}`;
    if (start) return `${this.w.from} ${this.date(start)}`;
    if (end) return `${this.w.until} ${this.date(end)}`;
    return '';
  }
  /** A period code as the language writes it: the quarter is K in Danish, Q in English. */
  periodCode(code: string): string {
    return this.lang === 'en' ? code.replace(/^(\d{4})K([1-4])$/, '$1Q$2') : code;
  }
  /** "Udvalget for Læring, 12. maj 2026, sag 26/1234" */
  decision(d: ReportDecision): string {
    const who = d.committeeName ?? (d.decidedBy === 'council' ? this.w.decidedByCouncil : this.w.decidedByCommittee);
    const caseNumber = /^\s*(sag|case)\b/i.test(d.caseNumber) ? d.caseNumber.trim() : `${this.w.caseNo} ${d.caseNumber.trim()}`;
    return `${who}, ${this.date(d.decidedAt)}, ${caseNumber}`;
  }
}

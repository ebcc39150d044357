import type { EvidenceKind, Finding, FindingCode } from '@kompas/domain';
import { ReportText } from '../reports/report-words';
import type { ReportLang } from '../reports/report-model';

const HEADINGS: Record<ReportLang, Record<FindingCode, string>> = {
  da: {
    actionWithoutFocusArea: 'Handlinger uden fokusområde',
    focusAreaWithoutAction: 'Fokusområder uden handlinger',
    focusAreaWithoutAimingPoint: 'Fokusområder uden sigtepunkt',
    aimingPointUnserved: 'Sigtepunkter, som intet fokusområde understøtter',
    aimingPointOneCommittee: 'Sigtepunkter, som kun ét udvalg understøtter',
    aimingPointWeakLinksOnly: 'Sigtepunkter med kun svage koblinger',
    actionWithoutIndicator: 'Handlinger uden indikator',
    focusAreaWithoutIndicator: 'Fokusområder uden indikator',
    indicatorWithoutObservation: 'Indikatorer uden målinger',
    indicatorOverdue: 'Indikatorer med forsinkede data',
    indicatorOffTarget: 'Indikatorer uden for målet',
    sharedFocusAreaOwnerWithoutAction: 'Fælles fokusområder, hvor en ejer ingen handling har',
    assessmentOld: 'Vurderinger over et år gamle',
    proposalUndecided: 'Foreslåede justeringer uden beslutning',
  },
  en: {
    actionWithoutFocusArea: 'Actions serving no focus area',
    focusAreaWithoutAction: 'Focus areas with no action',
    focusAreaWithoutAimingPoint: 'Focus areas supporting no aiming point',
    aimingPointUnserved: 'Aiming points no focus area supports',
    aimingPointOneCommittee: 'Aiming points served by one committee only',
    aimingPointWeakLinksOnly: 'Aiming points with weak links only',
    actionWithoutIndicator: 'Actions with no indicator',
    focusAreaWithoutIndicator: 'Focus areas with no indicator',
    indicatorWithoutObservation: 'Indicators with no observation',
    indicatorOverdue: 'Indicators with overdue data',
    indicatorOffTarget: 'Indicators off target',
    sharedFocusAreaOwnerWithoutAction: 'Shared focus areas where an owner has no action',
    assessmentOld: 'Assessments older than a year',
    proposalUndecided: 'Proposed adjustments never decided',
  },
};

const EVIDENCE: Record<ReportLang, Record<EvidenceKind, string>> = {
  da: {
    dialogue: 'Dialog',
    staffAssessment: 'Faglig vurdering',
    caseSystem: 'Fagsystemer',
    survey: 'Spørgeundersøgelse',
    statistics: 'Statistik',
  },
  en: {
    dialogue: 'Dialogue',
    staffAssessment: 'Professional assessment',
    caseSystem: 'Case systems',
    survey: 'Survey',
    statistics: 'Statistics',
  },
};

const WORDS = {
  da: {
    title: 'Overblik: sammenhæng i planen',
    madeOn: 'Udarbejdet',
    committees: 'Udvalg',
    allCommittees: 'alle udvalg',
    scores: 'Point',
    scoreRule:
      'Hvert udvalg og sigtepunkt starter med 100 point; hvert fund, der angår det, koster de point, README angiver for fundets slags, dog aldrig under 0.',
    committeeScores: 'Udvalg',
    aimingPointScores: 'Sigtepunkter',
    matrix: 'Dækning: udvalg × sigtepunkter',
    findings: 'Fund',
    noFindings: 'Ingen fund.',
    none: 'intet',
    focusAreas: 'fokusområder',
    actions: 'handlinger',
    fresh: 'friske data',
    noDue: 'ingen data forfaldne',
    evidence: 'evidens',
    lost: 'mistet',
    points: 'point',
    page: 'side',
    sheets: { findings: 'Fund', matrix: 'Dækning', scores: 'Point' },
    columns: {
      finding: 'Fund',
      kind: 'Type',
      title: 'Titel',
      detail: 'Detalje',
      committees: 'Udvalg',
      aimingPoints: 'Sigtepunkter',
      committee: 'Udvalg',
      aimingPoint: 'Sigtepunkt',
      focusAreas: 'Fokusområder',
      actions: 'Handlinger',
      freshShare: 'Friske data',
      onTrack: 'På sporet',
      atRisk: 'I risiko',
      offTrack: 'Ude af sporet',
      noData: 'Ingen data',
      evidence: 'Evidens',
      of: 'Hvad',
      name: 'Navn',
      score: 'Point',
      lost: 'Mistet for',
    },
    of: { committee: 'Udvalg', aimingPoint: 'Sigtepunkt' },
  },
  en: {
    title: 'Overview: alignment of the plan',
    madeOn: 'Made on',
    committees: 'Committees',
    allCommittees: 'all committees',
    scores: 'Scores',
    scoreRule:
      'Every committee and aiming point starts at 100; each finding that concerns it costs the points the README gives for its kind, never below 0.',
    committeeScores: 'Committees',
    aimingPointScores: 'Aiming points',
    matrix: 'Coverage: committees × aiming points',
    findings: 'Findings',
    noFindings: 'No findings.',
    none: 'nothing',
    focusAreas: 'focus areas',
    actions: 'actions',
    fresh: 'fresh data',
    noDue: 'no data due',
    evidence: 'evidence',
    lost: 'lost',
    points: 'points',
    page: 'page',
    sheets: { findings: 'Findings', matrix: 'Coverage', scores: 'Scores' },
    columns: {
      finding: 'Finding',
      kind: 'Kind',
      title: 'Title',
      detail: 'Detail',
      committees: 'Committees',
      aimingPoints: 'Aiming points',
      committee: 'Committee',
      aimingPoint: 'Aiming point',
      focusAreas: 'Focus areas',
      actions: 'Actions',
      freshShare: 'Fresh data',
      onTrack: 'On track',
      atRisk: 'At risk',
      offTrack: 'Off track',
      noData: 'No data',
      evidence: 'Evidence',
      of: 'Of',
      name: 'Name',
      score: 'Score',
      lost: 'Lost for',
    },
    of: { committee: 'Committee', aimingPoint: 'Aiming point' },
  },
} as const;

/** The words of the audit's exports in one language, with the report's formats. */
export class AlignmentText extends ReportText {
  readonly a: (typeof WORDS)[ReportLang];
  constructor(lang: ReportLang) {
    super(lang);
    this.a = WORDS[lang];
  }
  heading(code: FindingCode): string {
    return HEADINGS[this.lang][code];
  }
  evidence(kind: EvidenceKind): string {
    return EVIDENCE[this.lang][kind];
  }
  percent(share: number | null): string {
    return share === null ? this.a.noDue : `${Math.round(share * 100)} % ${this.a.fresh}`;
  }
  /** What a finding says beyond its node's title: its unit, committee, period, date. */
  detail(f: Finding, name: (id: string) => string): string {
    const p = f.params;
    const da = this.lang === 'da';
    switch (f.code) {
      case 'actionWithoutFocusArea':
      case 'actionWithoutIndicator':
        return p.unitName ? String(p.unitName) : '';
      case 'focusAreaWithoutAction':
      case 'focusAreaWithoutAimingPoint':
      case 'aimingPointOneCommittee':
        return p.committeeName ? String(p.committeeName) : '';
      case 'sharedFocusAreaOwnerWithoutAction':
        return `${p.committeeName ?? ''}${p.leadCommitteeId ? ` (${da ? 'ledes af' : 'led by'} ${name(String(p.leadCommitteeId))})` : ''}`;
      case 'aimingPointWeakLinksOnly':
        return da ? `${p.links} koblinger med styrke 1` : `${p.links} links of strength 1`;
      case 'indicatorOverdue':
        return `${p.period ? this.periodCode(String(p.period)) : ''}${p.dueDate ? `, ${da ? 'frist' : 'due'} ${this.date(String(p.dueDate))}` : ''}`;
      case 'indicatorOffTarget':
        return `${this.health(p.health as 'atRisk' | 'offTrack')}${p.period ? ` ${this.periodCode(String(p.period))}` : ''}${
          p.value !== null && p.value !== undefined ? `: ${this.number(Number(p.value))}` : ''
        }${p.target !== null && p.target !== undefined ? ` (${da ? 'mål' : 'target'} ${this.number(Number(p.target))})` : ''}`;
      case 'assessmentOld':
      case 'proposalUndecided':
        return p.date ? this.date(String(p.date)) : '';
      default:
        return '';
    }
  }
}

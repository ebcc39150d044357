import { add, openWorkbook, sheet } from '../reports/report-xlsx';
import type { ReportLang } from '../reports/report-model';
import { groupedFindings, namesOf } from './alignment-pdf';
import { AlignmentText } from './alignment-words';
import type { AlignmentReport } from './alignment.service';

/** The audit as a workbook: the findings, the coverage matrix and the scores, one sheet each, a row per item. */
export async function renderAlignmentXlsx(report: AlignmentReport, lang: ReportLang): Promise<Buffer> {
  const t = new AlignmentText(lang);
  const c = t.a.columns;
  const name = namesOf(report);
  const vision = report.graph.nodes.find((n) => n.kind === 'vision');
  const { book, done } = openWorkbook({
    title: `${vision?.title ?? ''} – ${t.a.title}`,
    subject: t.a.title,
    company: vision?.kind === 'vision' ? vision.organisation : '',
    created: report.today,
  });

  const findings = sheet(book, t.a.sheets.findings, [
    { header: c.finding, key: 'finding', width: 40 },
    { header: c.kind, key: 'kind', width: 14 },
    { header: c.title, key: 'title', width: 44 },
    { header: c.detail, key: 'detail', width: 36 },
    { header: c.committees, key: 'committees', width: 36 },
    { header: c.aimingPoints, key: 'aimingPoints', width: 36 },
  ]);
  for (const g of groupedFindings(report.findings))
    for (const { finding } of g.items)
      add(findings, {
        finding: t.heading(g.code),
        kind: t.kind(finding.params.kind as never),
        title: String(finding.params.title ?? name(finding.nodeId)),
        detail: t.detail(finding, name),
        committees: finding.committeeIds.map(name).join('\n'),
        aimingPoints: finding.aimingPointIds.map(name).join('\n'),
      });
  findings.commit();

  const matrix = sheet(book, t.a.sheets.matrix, [
    { header: c.committee, key: 'committee', width: 30 },
    { header: c.aimingPoint, key: 'aimingPoint', width: 30 },
    { header: c.focusAreas, key: 'focusAreas', width: 44 },
    { header: c.actions, key: 'actions', width: 12 },
    { header: c.freshShare, key: 'freshShare', width: 12, numFmt: '0%' },
    { header: c.onTrack, key: 'onTrack', width: 10 },
    { header: c.atRisk, key: 'atRisk', width: 10 },
    { header: c.offTrack, key: 'offTrack', width: 12 },
    { header: c.noData, key: 'noData', width: 10 },
    { header: c.evidence, key: 'evidence', width: 40 },
  ]);
  for (const cell of report.matrix)
    add(matrix, {
      committee: name(cell.committeeId),
      aimingPoint: name(cell.aimingPointId),
      focusAreas: cell.focusAreaIds.map(name).join('\n'),
      actions: cell.actionIds.length,
      freshShare: cell.freshShare,
      ...cell.health,
      evidence: cell.evidenceKinds.map((k) => t.evidence(k)).join(', '),
    });
  matrix.commit();

  const scores = sheet(book, t.a.sheets.scores, [
    { header: c.of, key: 'of', width: 14 },
    { header: c.name, key: 'name', width: 36 },
    { header: c.score, key: 'score', width: 8 },
    { header: c.lost, key: 'lost', width: 80 },
  ]);
  const scoreRows = (of: string, list: AlignmentReport['scores']['committees']) => {
    for (const s of list)
      add(scores, {
        of,
        name: name(s.id),
        score: s.score,
        lost: s.lost
          .map((l) => {
            const f = report.findings[l.findingIndex];
            return `−${l.points}: ${t.heading(f.code)} – ${String(f.params.title ?? name(f.nodeId))}`;
          })
          .join('\n'),
      });
  };
  scoreRows(t.a.of.committee, report.scores.committees);
  scoreRows(t.a.of.aimingPoint, report.scores.aimingPoints);
  scores.commit();
  return done();
}

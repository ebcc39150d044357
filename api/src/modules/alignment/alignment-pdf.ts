import { FINDING_CODES, type Finding, type FindingCode, NODE_HEALTHS } from '@kompas/domain';
import { layerHeading, MUTED, openPdf, para, room, subHeading } from '../reports/report-pdf';
import type { ReportLang } from '../reports/report-model';
import { AlignmentText } from './alignment-words';
import type { AlignmentReport } from './alignment.service';

/** A name for any id the audit mentions: a node's title or a committee's name. */
export function namesOf(report: AlignmentReport): (id: string) => string {
  const names = new Map<string, string>();
  for (const n of report.graph.nodes) names.set(n.id, n.title);
  for (const c of report.committees) names.set(c.id, c.name);
  return (id) => names.get(id) ?? id;
}

/** Each finding's code grouped, in the codes' order, with the findings' indexes. */
export function groupedFindings(findings: Finding[]): { code: FindingCode; items: { index: number; finding: Finding }[] }[] {
  return FINDING_CODES.map((code) => ({
    code,
    items: findings.flatMap((finding, index) => (finding.code === code ? [{ index, finding }] : [])),
  })).filter((g) => g.items.length > 0);
}

/** The audit as a PDF: scores with what cost the points, the coverage matrix, then the findings by kind. */
export function renderAlignmentPdf(report: AlignmentReport, lang: ReportLang, committeeId?: string): Promise<Buffer> {
  const t = new AlignmentText(lang);
  const name = namesOf(report);
  const vision = report.graph.nodes.find((n) => n.kind === 'vision');
  const organisation = vision?.kind === 'vision' ? vision.organisation : '';
  const { doc, done } = openPdf({
    title: `${vision?.title ?? ''} – ${t.a.title}`,
    author: organisation,
    subject: t.a.title,
    lang,
    footer: (page) => `${organisation} · ${t.a.title} · ${t.a.page} ${page}`,
  });
  try {
    para(doc, organisation, { size: 11, colour: MUTED });
    para(doc, vision?.title ?? '', { size: 22, bold: true, gap: 0.3 });
    para(doc, t.a.title, { size: 15, bold: true, gap: 0.2 });
    para(doc, `${t.a.committees}: ${committeeId ? name(committeeId) : t.a.allCommittees}`);
    para(doc, `${t.a.madeOn} ${t.date(report.today)}`, { colour: MUTED, gap: 1 });

    layerHeading(doc, t.a.scores, true);
    para(doc, t.a.scoreRule, { size: 9, colour: MUTED, gap: 0.5 });
    const scores = (heading: string, list: AlignmentReport['scores']['committees']) => {
      subHeading(doc, heading);
      for (const s of list) {
        room(doc, 30);
        para(doc, `${name(s.id)}: ${s.score}`, { bold: true });
        for (const l of s.lost) {
          const f = report.findings[l.findingIndex];
          para(doc, `−${l.points} ${t.a.points}: ${t.heading(f.code)} – ${String(f.params.title ?? name(f.nodeId))}`, {
            size: 9,
            indent: 12,
          });
        }
        doc.moveDown(0.3);
      }
    };
    scores(t.a.committeeScores, report.scores.committees);
    scores(t.a.aimingPointScores, report.scores.aimingPoints);

    layerHeading(doc, t.a.matrix);
    let current = '';
    for (const cell of report.matrix) {
      if (cell.committeeId !== current) {
        current = cell.committeeId;
        subHeading(doc, name(cell.committeeId));
      }
      room(doc, 40);
      para(doc, name(cell.aimingPointId), { bold: true, indent: 6 });
      if (!cell.focusAreaIds.length) {
        para(doc, t.a.none, { size: 9, colour: MUTED, indent: 12, gap: 0.2 });
        continue;
      }
      const mix = NODE_HEALTHS.filter((h) => cell.health[h] > 0)
        .map((h) => `${cell.health[h]} ${t.health(h).toLowerCase()}`)
        .join(', ');
      const evidence = cell.evidenceKinds.map((k) => t.evidence(k).toLowerCase()).join(', ');
      para(
        doc,
        `${cell.focusAreaIds.length} ${t.a.focusAreas}, ${cell.actionIds.length} ${t.a.actions}; ${t.percent(cell.freshShare)}; ${mix}${
          evidence ? `; ${t.a.evidence}: ${evidence}` : ''
        }`,
        { size: 9, indent: 12 },
      );
      para(doc, cell.focusAreaIds.map(name).join(' · '), { size: 9, colour: MUTED, indent: 12, gap: 0.2 });
    }

    layerHeading(doc, t.a.findings);
    const groups = groupedFindings(report.findings);
    if (!groups.length) para(doc, t.a.noFindings);
    for (const g of groups) {
      subHeading(doc, `${t.heading(g.code)} (${g.items.length})`, 12);
      for (const { finding } of g.items) {
        const detail = t.detail(finding, name);
        para(doc, `${String(finding.params.title ?? name(finding.nodeId))}${detail ? ` – ${detail}` : ''}`, { size: 9, indent: 6 });
      }
    }
    doc.end();
  } catch (e) {
    doc.end();
    return Promise.reject(e);
  }
  return done;
}

import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReportAdjustment, ReportAssessment, ReportModel } from './report-model';
import { ReportText } from './report-words';

type Column = { header: string; key: string; width: number; numFmt?: string };

/** A sheet with a styled, frozen header row and set column widths; long text wraps. */
export function sheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Column[]): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = ws.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E99' } };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 20;
  header.commit();
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

export function add(ws: ExcelJS.Worksheet, values: Record<string, unknown>): void {
  const row = ws.addRow(values);
  row.alignment = { vertical: 'top', wrapText: true };
  // Written out at once: a large plan's rows are not all held in memory.
  row.commit();
}

const adjustmentsText = (list: ReportAdjustment[], t: ReportText): string =>
  list
    .map(
      (a) =>
        `${t.decision(a.decision)}${a.state === 'pending' ? ` (${t.w.pending})` : ''}: ${a.changes.join('; ')}${a.reason ? ` – ${a.reason}` : ''}`,
    )
    .join('\n');

const assessmentsText = (list: ReportAssessment[], t: ReportText): string =>
  list
    .map(
      (a) =>
        `${a.date} ${t.health(a.status)} (${a.authorName}): ${a.reflection}${a.proposedAdjustment ? ` – ${t.w.proposed}: ${a.proposedAdjustment}` : ''}`,
    )
    .join('\n');

/** A slot's text: its list, or nothing when not recorded at all (then the cell says so). */
const slot = (text: string, recorded: boolean, t: ReportText) => (text || recorded ? text : t.w.notRecorded);

/** A streamed workbook by Kompas; `done()` commits it and gives its bytes. `created`: YYYY-MM-DD. */
export function openWorkbook(meta: { title: string; subject: string; company: string; created: string }): {
  book: ExcelJS.stream.xlsx.WorkbookWriter;
  done: () => Promise<Buffer>;
} {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = 'Kompas';
  book.title = meta.title;
  book.subject = meta.subject;
  book.company = meta.company;
  book.created = new Date(`${meta.created}T12:00:00Z`);
  return {
    book,
    done: async () => {
      await book.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}

/**
 * The report as a workbook: one sheet per layer (STRATEGI, FOKUS/RETNING,
 * HANDLINGER, DATA), one row per node (DATA: per value), with numbers as
 * numbers and dates as dates, so that it can be filtered and charted.
 */
export async function renderXlsx(model: ReportModel): Promise<Buffer> {
  const t = new ReportText(model.lang);
  const { book, done } = openWorkbook({
    title: `${model.plan.title} – ${t.w.title} ${t.periodCode(model.period.code)}`,
    subject: `${t.w.layers.strategy} – ${t.w.layers.focus} – ${t.w.layers.actions} – ${t.w.layers.data}`,
    company: model.plan.organisation,
    created: model.madeOn,
  });

  const strategy = sheet(book, t.w.sheets.strategy, [
    { header: t.w.kindColumn, key: 'kind', width: 16 },
    { header: t.w.titleColumn, key: 'title', width: 44 },
    { header: t.w.textColumn, key: 'text', width: 60 },
    { header: t.w.health, key: 'health', width: 16 },
    { header: t.w.explanation, key: 'explanation', width: 60 },
    { header: t.w.supportedBy, key: 'supportedBy', width: 50 },
    { header: t.w.assessments, key: 'assessments', width: 70 },
  ]);
  add(strategy, {
    kind: t.w.vision,
    title: model.plan.title,
    text: model.plan.statement,
    health: t.healthWithShape(model.visionHealth),
    explanation: model.visionHealth?.explanation ?? '',
  });
  for (const m of model.plan.motivations) add(strategy, { kind: t.w.motivation, title: '', text: m });
  for (const a of model.aimingPoints) {
    add(strategy, {
      kind: t.w.aimingPoint,
      title: a.title,
      text: a.ambition,
      health: t.healthWithShape(a.health),
      explanation: a.health?.explanation ?? '',
      supportedBy: a.supportedBy.join('\n'),
      assessments: slot(assessmentsText(a.assessments, t), model.sources.assessments, t),
    });
  }

  strategy.commit();

  const focus = sheet(book, t.w.sheets.focus, [
    { header: t.w.committee, key: 'committee', width: 30 },
    { header: t.w.priority, key: 'rank', width: 10 },
    { header: t.w.focusArea, key: 'title', width: 44 },
    { header: t.w.status, key: 'status', width: 14 },
    { header: t.w.health, key: 'health', width: 16 },
    { header: t.w.explanation, key: 'explanation', width: 60 },
    { header: t.w.supports, key: 'supports', width: 40 },
    { header: t.w.actionCount, key: 'actions', width: 12 },
    { header: t.w.adjustments, key: 'adjustments', width: 70 },
  ]);
  for (const c of model.committees) {
    c.focusAreas.forEach((f, i) => {
      add(focus, {
        committee: f.ownerName ? `${c.name} (${t.w.shared} ${f.ownerName})` : c.name,
        rank: f.ownerName ? null : i + 1,
        title: f.title,
        status: t.focusAreaStatus(f.status),
        health: t.healthWithShape(f.health),
        explanation: f.health?.explanation ?? '',
        supports: f.supports.join('\n'),
        actions: f.actionCount,
        adjustments: slot(adjustmentsText(f.adjustments, t), model.sources.adjustments, t),
      });
    });
  }

  focus.commit();

  const acts = sheet(book, t.w.sheets.actions, [
    { header: t.w.action, key: 'title', width: 44 },
    { header: t.w.unit, key: 'unit', width: 28 },
    { header: t.w.responsible, key: 'responsible', width: 22 },
    { header: t.w.status, key: 'status', width: 14 },
    { header: t.w.start, key: 'start', width: 12, numFmt: 'yyyy-mm-dd' },
    { header: t.w.end, key: 'end', width: 12, numFmt: 'yyyy-mm-dd' },
    { header: t.w.health, key: 'health', width: 16 },
    { header: t.w.explanation, key: 'explanation', width: 60 },
    { header: t.w.contributesTo, key: 'contributesTo', width: 44 },
    { header: t.w.assessments, key: 'assessments', width: 70 },
    { header: t.w.adjustments, key: 'adjustments', width: 70 },
  ]);
  const asDate = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`) : null);
  for (const a of model.actions) {
    add(acts, {
      title: a.title,
      unit: a.unitName,
      responsible: a.responsiblePerson ?? '',
      status: t.actionStatus(a.status),
      start: asDate(a.startDate),
      end: asDate(a.endDate),
      health: t.healthWithShape(a.health),
      explanation: a.health?.explanation ?? '',
      contributesTo: a.contributesTo.join('\n'),
      assessments: slot(assessmentsText(a.assessments, t), model.sources.assessments, t),
      adjustments: adjustmentsText(a.adjustments, t),
    });
  }

  acts.commit();

  const data = sheet(book, t.w.sheets.data, [
    { header: t.w.indicator, key: 'title', width: 40 },
    { header: t.w.measures, key: 'measures', width: 44 },
    { header: t.w.unitOfMeasure, key: 'unit', width: 10 },
    { header: t.w.directionWord, key: 'direction', width: 14 },
    { header: t.w.baseline, key: 'baseline', width: 14 },
    { header: t.w.period, key: 'period', width: 12 },
    { header: t.w.value, key: 'value', width: 12 },
    { header: t.w.target, key: 'target', width: 12 },
    { header: t.w.met, key: 'met', width: 18 },
    { header: t.w.judgement, key: 'judgement', width: 16 },
    { header: t.w.narrative, key: 'narrative', width: 50 },
    { header: t.w.health, key: 'health', width: 16 },
    { header: t.w.explanation, key: 'explanation', width: 60 },
    { header: t.w.adjustments, key: 'adjustments', width: 60 },
  ]);
  for (const i of model.indicators) {
    const common = {
      title: i.title,
      measures: `${t.kind(i.measures.kind)}: ${i.measures.title}`,
      unit: i.unit ?? '',
      direction: t.direction(i.direction),
      baseline: i.baselineValue,
      health: t.healthWithShape(i.health),
      explanation: i.health?.explanation ?? '',
      adjustments: adjustmentsText(i.adjustments, t),
    };
    if (!i.values.length) add(data, { ...common, met: t.w.noValues });
    for (const v of i.values) {
      add(data, {
        ...common,
        period: t.periodCode(v.period),
        value: v.value,
        target: v.target,
        met: v.value === null && v.judgement ? '' : t.check(v.check),
        judgement: v.judgement ? t.health(v.judgement) : '',
        narrative: v.narrative ?? '',
      });
    }
  }

  data.commit();
  return done();
}

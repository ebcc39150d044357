import PDFDocument from 'pdfkit';
import type { ReportAdjustment, ReportAssessment, ReportHealth, ReportIndicator, ReportModel, ReportValue } from './report-model';
import { HEALTH_COLOURS, ReportText } from './report-words';

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const RULE = '#bbbbbb';
const VALUE_COLOUR = '#1f4e99';
const TARGET_COLOUR = '#b35c00';
const CHART = { width: 210, height: 84 };

/**
 * The built-in Helvetica writes WinAnsi only: characters outside it (arrows,
 * the health shapes, some typographic signs) are put in words the font has.
 */
export function pdfSafe(text: string): string {
  return text
    .replace(/→/g, '->')
    .replace(/←/g, '<-')
    .replace(/≤/g, '<=')
    .replace(/≥/g, '>=')
    .replace(/[●▲■✕○]\s?/g, '')
    .replace(/[\u2212]/g, '-')
    .replace(/./gu, (c) => (winAnsi(c) ? c : '?'));
}

/** The characters of WinAnsi beyond Latin-1 that the built-in fonts draw. */
const WIN_ANSI_EXTRA = new Set('–—‘’‚“”„†‡•…‰€ŒœŠšŸŽžƒˆ˜‹›™');
const winAnsi = (c: string) => c.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.has(c);

/** What a PDF says about itself, and the line at the foot of each page. */
export type PdfSetup = {
  title: string;
  author: string;
  subject: string;
  lang: ReportText['lang'];
  footer: (page: number) => string;
};

/** An A4 document with Kompas's margins, its footer on every page, and the finished bytes once `doc.end()` is called. */
export function openPdf(setup: PdfSetup): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    info: { Title: pdfSafe(setup.title), Author: pdfSafe(setup.author), Subject: pdfSafe(setup.subject), Creator: 'Kompas' },
    lang: setup.lang === 'da' ? 'da-DK' : 'en-GB',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  let pageNo = 1;
  const footer = () => {
    // Written below the flowing text: the bottom margin is lifted for it so that no page is added.
    const { x, y } = doc;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(pdfSafe(setup.footer(pageNo)), MARGIN, doc.page.height - MARGIN, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
    doc.x = x;
    doc.y = y;
    doc.fillColor(INK);
  };
  footer();
  doc.on('pageAdded', () => {
    pageNo++;
    footer();
  });
  return { doc, done };
}

/** The report as a PDF (A4), in Hedensted's four layers, each beginning on a page of its own. */
export function renderPdf(model: ReportModel): Promise<Buffer> {
  const t = new ReportText(model.lang);
  const { doc, done } = openPdf({
    title: `${model.plan.title} – ${t.w.title} ${t.periodCode(model.period.code)}`,
    author: model.plan.organisation,
    subject: `${t.w.layers.strategy} – ${t.w.layers.focus} – ${t.w.layers.actions} – ${t.w.layers.data}`,
    lang: model.lang,
    footer: (page) => `${model.plan.organisation} · ${t.w.title} ${t.periodCode(model.period.code)} · ${t.w.page} ${page}`,
  });

  try {
    title(doc, model, t);
    strategy(doc, model, t);
    focus(doc, model, t);
    actions(doc, model, t);
    data(doc, model, t);
    doc.end();
  } catch (e) {
    doc.end();
    return Promise.reject(e);
  }
  return done;
}

export const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const left = (doc: Doc) => doc.page.margins.left;

/** Starts a new page when less than `height` points are left on this one. */
export function room(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function para(
  doc: Doc,
  text: string,
  opts: { size?: number; bold?: boolean; colour?: string; gap?: number; indent?: number } = {},
): void {
  doc
    .font(opts.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(opts.size ?? 10)
    .fillColor(opts.colour ?? INK)
    .text(pdfSafe(text), left(doc) + (opts.indent ?? 0), doc.y, { width: width(doc) - (opts.indent ?? 0) });
  if (opts.gap) doc.moveDown(opts.gap);
}

export function layerHeading(doc: Doc, text: string, first = false): void {
  if (!first) doc.addPage();
  doc
    .font('Helvetica-Bold')
    .fontSize(20)
    .fillColor(INK)
    .text(text, left(doc), doc.y, { width: width(doc) });
  const y = doc.y + 2;
  doc
    .moveTo(left(doc), y)
    .lineTo(left(doc) + width(doc), y)
    .lineWidth(1)
    .strokeColor(INK)
    .stroke();
  doc.y = y + 10;
}

/** A heading kept with what follows it: `keep` points of room or a new page. */
export function subHeading(doc: Doc, text: string, size = 13, keep = 60): void {
  room(doc, keep);
  doc.moveDown(0.4);
  para(doc, text, { size, bold: true, gap: 0.2 });
}

/** The health shape drawn as a vector (circle, triangle, square, ring), then its word and explanation. */
function healthLine(doc: Doc, h: ReportHealth | null, t: ReportText, indent = 0): void {
  if (!h) return;
  room(doc, 24);
  const x = left(doc) + indent;
  const y = doc.y + 1.5;
  const s = 7;
  const colour = HEALTH_COLOURS[h.health];
  doc.save().lineWidth(1.2).fillColor(colour).strokeColor(colour);
  if (h.health === 'onTrack') doc.circle(x + s / 2, y + s / 2, s / 2).fill();
  else if (h.health === 'atRisk') doc.polygon([x, y + s], [x + s / 2, y], [x + s, y + s]).fill();
  else if (h.health === 'offTrack')
    doc
      .lineWidth(1.8)
      .moveTo(x, y)
      .lineTo(x + s, y + s)
      .moveTo(x + s, y)
      .lineTo(x, y + s)
      .stroke();
  else doc.circle(x + s / 2, y + s / 2, s / 2 - 0.6).stroke();
  doc.restore();
  doc.font('Helvetica-Bold').fontSize(10).fillColor(INK);
  // The roll-up's sentence begins with the health's word ("I risiko: 2 af 5 …"): the word once, in bold.
  const word = t.health(h.health);
  const rest = h.explanation.startsWith(word) ? h.explanation.slice(word.length).replace(/^\s*:\s*/, '') : h.explanation;
  doc.text(`${word}${rest ? ': ' : ''}`, x + s + 5, doc.y, { width: width(doc) - indent - s - 5, continued: true });
  doc.font('Helvetica').text(pdfSafe(rest));
}

function labelled(doc: Doc, label: string, value: string, indent = 0): void {
  doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED);
  doc.text(`${label}: `, left(doc) + indent, doc.y, { width: width(doc) - indent, continued: true });
  doc.font('Helvetica').fillColor(INK).text(pdfSafe(value));
}

function title(doc: Doc, model: ReportModel, t: ReportText): void {
  para(doc, model.plan.organisation, { size: 11, colour: MUTED });
  para(doc, model.plan.title, { size: 22, bold: true, gap: 0.3 });
  para(doc, `${t.w.title} ${t.periodCode(model.period.code)}`, { size: 15, bold: true, gap: 0.2 });
  para(doc, `${t.w.period}: ${t.date(model.period.start)} – ${t.date(model.period.end)}`, { size: 10 });
  para(doc, `${t.w.committees}: ${model.committeeFilter ? model.committeeFilter.map((c) => c.name).join(', ') : t.w.allCommittees}`, {
    size: 10,
  });
  para(doc, `${t.w.madeOn} ${t.date(model.madeOn)}${model.sources.health ? ` · ${t.w.healthAsOf} ${t.date(model.madeOn)}` : ''}`, {
    size: 10,
    colour: MUTED,
    gap: 1.2,
  });
}

function strategy(doc: Doc, model: ReportModel, t: ReportText): void {
  layerHeading(doc, t.w.layers.strategy, true);
  subHeading(doc, model.plan.councilName ? `${t.w.vision} – ${model.plan.councilName}` : t.w.vision);
  if (model.plan.statement) para(doc, model.plan.statement, { size: 12, bold: true, gap: 0.3 });
  for (const m of model.plan.motivations) {
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor(INK)
      .text(pdfSafe(m), left(doc) + 10, doc.y, { width: width(doc) - 10, indent: 0 });
    doc.moveDown(0.2);
  }
  healthLine(doc, model.visionHealth, t);
  subHeading(doc, t.w.aimingPoints);
  for (const a of model.aimingPoints) {
    room(doc, 70);
    doc.moveDown(0.3);
    para(doc, a.title, { size: 12, bold: true, gap: 0.1 });
    if (a.ambition) para(doc, a.ambition, { size: 10, gap: 0.2 });
    healthLine(doc, a.health, t);
    if (a.supportedBy.length) labelled(doc, t.w.supportedBy, a.supportedBy.join('; '));
    if (a.assessments.length) slotList(doc, t.w.assessments, a.assessments, true, '', t, assessmentLines, 0);
  }
}

function adjustmentLines(doc: Doc, list: ReportAdjustment[], t: ReportText, indent: number): void {
  for (const a of list) {
    room(doc, 30);
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK);
    doc.text(pdfSafe(t.decision(a.decision) + (a.state === 'pending' ? ` (${t.w.pending})` : '')), left(doc) + indent, doc.y, {
      width: width(doc) - indent,
    });
    if (a.changes.length) para(doc, a.changes.join('; '), { size: 9, indent: indent + 8 });
    if (a.reason) para(doc, `${t.w.reason}: ${a.reason}`, { size: 9, indent: indent + 8, colour: MUTED });
  }
}

function assessmentLines(doc: Doc, list: ReportAssessment[], t: ReportText, indent: number): void {
  for (const a of list) {
    room(doc, 30);
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK);
    doc.text(pdfSafe(`${t.date(a.date)} · ${t.health(a.status)} · ${a.authorName}`), left(doc) + indent, doc.y, {
      width: width(doc) - indent,
    });
    if (a.reflection) para(doc, a.reflection, { size: 9, indent: indent + 8 });
    if (a.proposedAdjustment) para(doc, `${t.w.proposed}: ${a.proposedAdjustment}`, { size: 9, indent: indent + 8, colour: MUTED });
  }
}

/** A slot's list, or a line saying there is none in the period (or that it is not recorded at all). */
function slotList<T>(
  doc: Doc,
  label: string,
  list: T[],
  recorded: boolean,
  none: string,
  t: ReportText,
  draw: (doc: Doc, list: T[], t: ReportText, indent: number) => void,
  indent: number,
): void {
  if (!list.length) {
    para(doc, `${label}: ${recorded ? none : t.w.notRecorded}`, { size: 9, colour: MUTED, indent });
    return;
  }
  para(doc, label, { size: 9, bold: true, indent });
  draw(doc, list, t, indent + 8);
}

function focus(doc: Doc, model: ReportModel, t: ReportText): void {
  layerHeading(doc, t.w.layers.focus);
  if (!model.committees.length) para(doc, t.w.noCommittees);
  for (const c of model.committees) {
    subHeading(doc, c.name, 14, 120);
    if (!c.focusAreas.length) para(doc, t.w.noFocusAreas, { colour: MUTED });
    c.focusAreas.forEach((f, i) => {
      room(doc, 80);
      doc.moveDown(0.3);
      const shared = f.ownerName ? ` (${t.w.shared} ${f.ownerName})` : '';
      para(doc, `${f.ownerName ? '' : `${i + 1}. `}${f.title}${shared}`, { size: 11, bold: true, gap: 0.1 });
      labelled(doc, t.w.status, `${t.focusAreaStatus(f.status)} · ${t.w.actionCount}: ${f.actionCount}`, 12);
      healthLine(doc, f.health, t, 12);
      if (f.supports.length) labelled(doc, t.w.supports, f.supports.join('; '), 12);
      slotList(doc, t.w.adjustments, f.adjustments, model.sources.adjustments, t.w.noAdjustments, t, adjustmentLines, 12);
      if (f.assessments.length) slotList(doc, t.w.assessments, f.assessments, true, '', t, assessmentLines, 12);
    });
  }
}

function actions(doc: Doc, model: ReportModel, t: ReportText): void {
  layerHeading(doc, t.w.layers.actions);
  if (!model.actions.length) para(doc, t.w.noActions, { colour: MUTED });
  for (const a of model.actions) {
    room(doc, 70);
    doc.moveDown(0.3);
    para(doc, a.title, { size: 11, bold: true, gap: 0.1 });
    const dates = t.span(a.startDate, a.endDate);
    labelled(
      doc,
      t.w.status,
      `${t.actionStatus(a.status)}${dates ? ` · ${dates}` : ''} · ${a.unitName}${a.responsiblePerson ? ` (${a.responsiblePerson})` : ''}`,
      12,
    );
    healthLine(doc, a.health, t, 12);
    labelled(doc, t.w.contributesTo, a.contributesTo.length ? a.contributesTo.join('; ') : t.w.contributesToNothing, 12);
    slotList(doc, t.w.assessments, a.assessments, model.sources.assessments, t.w.noAssessments, t, assessmentLines, 12);
    if (a.adjustments.length) slotList(doc, t.w.adjustments, a.adjustments, true, '', t, adjustmentLines, 12);
  }
}

function data(doc: Doc, model: ReportModel, t: ReportText): void {
  layerHeading(doc, t.w.layers.data);
  if (!model.indicators.length) para(doc, t.w.noIndicators, { colour: MUTED });
  for (const i of model.indicators) indicatorBlock(doc, i, t);
}

function indicatorBlock(doc: Doc, i: ReportIndicator, t: ReportText): void {
  const numeric = i.values.filter((v) => v.value !== null);
  const rows = Math.min(i.values.length, 24);
  room(doc, 62 + Math.max(rows * 12 + 14, numeric.length ? CHART.height + 16 : 0));
  doc.moveDown(0.5);
  para(doc, i.title, { size: 11, bold: true, gap: 0.1 });
  const facts = [
    `${t.kind(i.measures.kind)}: ${i.measures.title}`,
    i.unit ? `${t.w.unitOfMeasure}: ${i.unit}` : '',
    i.direction ? `${t.w.directionWord}: ${t.direction(i.direction)}` : '',
    i.baselineValue !== null ? `${t.w.baseline}: ${t.number(i.baselineValue)}` : '',
    i.longTermTarget ? `${t.w.longTermTarget}: ${t.number(i.longTermTarget.value)} (${t.date(i.longTermTarget.date)})` : '',
  ].filter(Boolean);
  para(doc, facts.join(' · '), { size: 9, colour: MUTED, indent: 12 });
  healthLine(doc, i.health, t, 12);
  if (i.adjustments.length) slotList(doc, t.w.adjustments, i.adjustments, true, '', t, adjustmentLines, 12);
  doc.moveDown(0.2);
  if (!i.values.length) {
    para(doc, t.w.noValues, { size: 9, colour: MUTED, indent: 12 });
    return;
  }
  const top = doc.y;
  const x0 = left(doc) + 12;
  const cols = [x0, x0 + 62, x0 + 132, x0 + 192];
  doc.font('Helvetica-Bold').fontSize(8.5).fillColor(MUTED);
  [t.w.period, t.w.value, t.w.target, t.w.met].forEach((h, n) => doc.text(h, cols[n], top, { width: 68, lineBreak: false }));
  let y = top + 12;
  doc.font('Helvetica').fillColor(INK);
  for (const v of i.values.slice(0, rows)) {
    const shown = v.value !== null ? t.number(v.value) : v.judgement ? t.health(v.judgement) : '–';
    doc.text(t.periodCode(v.period), cols[0], y, { width: 60, lineBreak: false });
    doc.text(pdfSafe(shown), cols[1], y, { width: 68, lineBreak: false });
    doc.text(t.number(v.target), cols[2], y, { width: 58, lineBreak: false });
    // A judged narrative has no target to meet: its judgement says how it goes.
    doc.text(v.value === null && v.judgement ? '–' : pdfSafe(t.check(v.check)), cols[3], y, { width: 95, lineBreak: false });
    y += 12;
  }
  if (i.values.length > rows) {
    doc.fillColor(MUTED).text(`… +${i.values.length - rows}`, cols[0], y, { lineBreak: false });
    y += 12;
  }
  let bottom = y;
  if (numeric.length) bottom = Math.max(bottom, chart(doc, i, numeric, t, left(doc) + width(doc) - CHART.width, top) + 4);
  doc.x = left(doc);
  doc.y = bottom + 4;
  for (const v of i.values) if (v.narrative) para(doc, `${t.periodCode(v.period)}: ${v.narrative}`, { size: 9, indent: 12 });
}

/** A small line chart of the values (solid, dots) against their targets (dashed), drawn with vector paths. Returns its bottom. */
function chart(doc: Doc, i: ReportIndicator, values: ReportValue[], t: ReportText, x: number, y: number): number {
  const { width: w, height: h } = CHART;
  const plot = { x: x + 34, y: y + 4, w: w - 40, h: h - 26 };
  const numbers = values.flatMap((v) => [v.value as number, ...(v.target !== null ? [v.target] : [])]);
  if (i.baselineValue !== null) numbers.push(i.baselineValue);
  let lo = Math.min(...numbers);
  let hi = Math.max(...numbers);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const xAt = (n: number) => plot.x + (values.length === 1 ? plot.w / 2 : (n / (values.length - 1)) * plot.w);
  const yAt = (v: number) => plot.y + plot.h - ((v - lo) / (hi - lo)) * plot.h;

  doc.save();
  doc.lineWidth(0.5).strokeColor(RULE);
  doc
    .moveTo(plot.x, plot.y)
    .lineTo(plot.x, plot.y + plot.h)
    .lineTo(plot.x + plot.w, plot.y + plot.h)
    .stroke();
  doc.font('Helvetica').fontSize(7).fillColor(MUTED);
  doc.text(t.number(round(hi)), x, yAt(hi) - 3, { width: 31, align: 'right', lineBreak: false });
  doc.text(t.number(round(lo)), x, yAt(lo) - 3, { width: 31, align: 'right', lineBreak: false });
  doc.text(t.periodCode(values[0].period), plot.x - 10, plot.y + plot.h + 3, { width: 60, lineBreak: false });
  if (values.length > 1)
    doc.text(t.periodCode(values[values.length - 1].period), plot.x + plot.w - 50, plot.y + plot.h + 3, {
      width: 60,
      align: 'right',
      lineBreak: false,
    });

  // Targets: a dashed line through the targets that apply.
  const targets = values.map((v, n) => ({ n, v: v.target })).filter((p): p is { n: number; v: number } => p.v !== null);
  if (targets.length) {
    doc.lineWidth(1).strokeColor(TARGET_COLOUR).dash(3, { space: 2 });
    if (targets.length === 1) doc.moveTo(plot.x, yAt(targets[0].v)).lineTo(plot.x + plot.w, yAt(targets[0].v));
    else targets.forEach((p, k) => (k === 0 ? doc.moveTo(xAt(p.n), yAt(p.v)) : doc.lineTo(xAt(p.n), yAt(p.v))));
    doc.stroke().undash();
  }
  // Values: a solid line with a dot at each.
  doc.lineWidth(1.4).strokeColor(VALUE_COLOUR).fillColor(VALUE_COLOUR);
  if (values.length > 1) {
    values.forEach((v, n) => (n === 0 ? doc.moveTo(xAt(n), yAt(v.value as number)) : doc.lineTo(xAt(n), yAt(v.value as number))));
    doc.stroke();
  }
  values.forEach((v, n) => doc.circle(xAt(n), yAt(v.value as number), 1.8).fill());

  // Legend under the axis.
  const ly = plot.y + plot.h + 13;
  doc
    .lineWidth(1.4)
    .strokeColor(VALUE_COLOUR)
    .moveTo(plot.x, ly + 3)
    .lineTo(plot.x + 12, ly + 3)
    .stroke();
  doc.fillColor(MUTED).text(t.w.legendValue, plot.x + 15, ly, { lineBreak: false });
  if (targets.length) {
    doc
      .lineWidth(1)
      .strokeColor(TARGET_COLOUR)
      .dash(3, { space: 2 })
      .moveTo(plot.x + 60, ly + 3)
      .lineTo(plot.x + 72, ly + 3)
      .stroke()
      .undash();
    doc.fillColor(MUTED).text(t.w.legendTarget, plot.x + 75, ly, { lineBreak: false });
  }
  doc.restore();
  return y + h;
}

const round = (x: number) => Math.round(x * 100) / 100;

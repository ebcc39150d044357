import { Injectable } from '@nestjs/common';
import {
  currentObservations,
  ERROR_CODES,
  ImportCurrent,
  ImportIndicator,
  ImportPlan,
  ImportProblem,
  MAX_IMPORT_BYTES,
  ownerOf,
  periodCode,
  planObservationImport,
  recordingOf,
  Refusal,
  whyNot,
} from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { findOr404 } from '../../common/find';
import { refusalInWords } from '../../common/refusals';
import { Database } from '../../database/database';
import { Action } from '../actions/action.entity';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../audit/change';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { Indicator } from '../indicators/indicator.entity';
import { Plan } from '../plans/plan.entity';
import { ObservationImportPreviewDto, ObservationImportResultDto } from './dto/observation-import.dto';
import { ImportFile } from './import-file';
import { Observation } from './observation.entity';
import { insertObservation, observationRow } from './observation-row';
import { formatOf, ReadSheet, readSheetFile } from './read-sheet';

/** Whether an indicator has a reference series to record `reference` rows into. */
const hasReferenceSeries = (indicator: Indicator): boolean => indicator.referenceName !== null;

/** What the plan of an import was made from, beside the plan itself: for the 403 of rows the user may not record. */
type Planned = { plan: ImportPlan; refusals: Map<string, Refusal> };

@Injectable()
export class ObservationImportService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  /** `?dryRun=true`: what importing the file would do, row by row, and every problem; nothing is written. */
  async preview(actor: Actor, planId: string, file: ImportFile): Promise<ObservationImportPreviewDto> {
    const read = await this.read(planId, file);
    const planned = read.problem ? null : await this.db.read((em) => this.plan(em, actor, planId, read));
    return toPreview(read, planned?.plan ?? null);
  }

  /**
   * Imports a clean file in one transaction, each observation with its own
   * entry; a correction supersedes the current observation as
   * `POST /api/observations/{id}/supersede` does. A file with any problem is
   * refused whole (400 `invalid_file`); a row the user may not record, 403.
   */
  async import(actor: Actor, planId: string, file: ImportFile): Promise<ObservationImportResultDto> {
    const read = await this.read(planId, file);
    if (read.problem) throw invalidFile([read.problem]);
    return this.audit.changeEach(actor, async (each, em) => {
      // Planned again inside the write, so that what is compared is what is there when it is written.
      const { plan, refusals } = await this.plan(em, actor, planId, read);
      const forbidden = plan.problems.filter((p) => p.code === ERROR_CODES.forbidden);
      if (forbidden.length) throw forbiddenRows(forbidden, plan, refusals);
      if (plan.problems.length) throw invalidFile(plan.problems);
      const result = { written: 0, unchanged: 0, corrected: 0 };
      const recordedAt = new Date();
      for (const r of plan.rows) {
        if (r.status === 'unchanged') {
          result.unchanged++;
          continue;
        }
        await each(async (c) => {
          const id = randomUUID();
          const supersedesId = r.status === 'correction' ? (r.current?.id ?? null) : null;
          // As one recorded by hand: named by its indicator, so that the indicator's history lists it.
          c.describe(supersedesId ? 'update' : 'create', 'observation', r.indicatorId);
          c.detail = `Imported from a file (row ${r.row}).`;
          await c.touch('observation', id);
          await insertObservation(
            c.em,
            observationRow({
              id,
              indicatorId: r.indicatorId as string,
              periodStart: r.periodStart as string,
              periodEnd: r.periodEnd as string,
              series: r.series ?? 'actual',
              value: r.value,
              narrative: r.narrative,
              judgement: r.judgement,
              sourceNote: r.sourceNote,
              recordedAt,
              supersedesId,
              example: r.current?.example ?? false,
            }),
          );
        });
        result.written++;
        if (r.status === 'correction') result.corrected++;
      }
      return result;
    });
  }

  /** The file's sheet: the plan first (404), then its type (415), size in rows (413) and whether it can be read. */
  private async read(planId: string, file: ImportFile): Promise<ReadSheet> {
    await this.db.read((em) => findOr404(em, Plan, planId, 'plan', 'planId'));
    const format = formatOf(file.contentType);
    if (!format) {
      throw ApiError.at(
        ERROR_CODES.unsupportedMediaType,
        `The import reads a CSV file (Content-Type: text/csv) or an Excel workbook (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB, not ${file.contentType ? `"${file.contentType}"` : 'a body without a Content-Type'}.`,
        'Content-Type',
        'not text/csv or an .xlsx workbook',
      );
    }
    return readSheetFile(file.bytes ?? new Uint8Array(), format);
  }

  /** What importing the sheet would do, against the plan's indicators and their current observations. */
  private async plan(em: EntityManager, actor: Actor, planId: string, read: ReadSheet): Promise<Planned> {
    const indicators = await em.find(Indicator, { where: { planId } });
    const refusals = await this.refusals(em, actor, planId, indicators);
    // The current observations of the indicators the file may name (by id or title), in one statement.
    const named = new Set<string>();
    const indicatorColumn = read.sheet[0]?.findIndex(
      (h) => typeof h === 'string' && ['indicator', 'indikator'].includes(h.trim().toLowerCase()),
    );
    if (indicatorColumn !== undefined && indicatorColumn >= 0) {
      for (const r of read.sheet) {
        const cell = r[indicatorColumn];
        if (cell !== null && cell !== undefined) named.add(String(cell).trim());
      }
    }
    const namedIds = new Set([...named].map((n) => n.toLowerCase()));
    const ids = indicators.filter((i) => named.has(i.title.trim()) || namedIds.has(i.id)).map((i) => i.id);
    const current = new Map<string, Observation>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await em.find(Observation, { where: { indicatorId: In(ids.slice(i, i + 500)) } });
      for (const o of currentObservations(rows)) current.set(`${o.indicatorId}\n${o.periodStart}\n${o.periodEnd}\n${o.series}`, o);
    }
    const plan = planObservationImport(read.sheet, {
      indicators: indicators.map((i): ImportIndicator => ({
        id: i.id,
        title: i.title,
        type: i.type,
        refusal: refusals.has(i.id) ? refusalInWords(refusals.get(i.id) as Refusal) : null,
        hasReferenceSeries: hasReferenceSeries(i),
      })),
      currentOf: (indicatorId, start, end, series) => {
        const o = current.get(`${indicatorId}\n${start}\n${end}\n${series}`);
        return o ? toCurrent(o) : null;
      },
      codeOf: periodCode,
    });
    return { plan, refusals };
  }

  /** Why the actor may not record each indicator's observations (those they may are left out), as the route decides it. */
  private async refusals(em: EntityManager, actor: Actor, planId: string, indicators: Indicator[]): Promise<Map<string, Refusal>> {
    const [actions, focusAreas] = await Promise.all([
      em.find(Action, { where: { planId }, withDeleted: true, select: { id: true, unitId: true } }),
      em.find(FocusArea, { where: { planId }, withDeleted: true, select: { id: true, committeeId: true } }),
    ]);
    const unitOf = new Map(actions.map((a) => [a.id, a.unitId]));
    const committeeOf = new Map(focusAreas.map((f) => [f.id, f.committeeId]));
    const refusals = new Map<string, Refusal>();
    for (const i of indicators) {
      // As the route decides it: the indicator's owner (administrators for the vision's and aiming points'), or its responsible person.
      const owner = i.actionId
        ? ownerOf('indicator', { unitId: unitOf.get(i.actionId) ?? '' })
        : i.focusAreaId
          ? ownerOf('indicator', { committeeId: committeeOf.get(i.focusAreaId) ?? '' })
          : ownerOf('indicator', { plan: true });
      const refusal = whyNot(actor.principal, recordingOf(owner, i.responsibleUserId));
      if (refusal) refusals.set(i.id, refusal);
    }
    return refusals;
  }
}

const toCurrent = (o: Observation): ImportCurrent => ({
  id: o.id,
  value: o.value,
  narrative: o.narrative,
  judgement: o.judgement,
  sourceNote: o.sourceNote,
  example: o.example,
});

function toPreview(read: ReadSheet, plan: ImportPlan | null): ObservationImportPreviewDto {
  const problems = read.problem ? [read.problem] : (plan?.problems ?? []);
  return {
    file: { format: read.format, encoding: read.encoding, bom: read.bom, delimiter: read.delimiter, decimal: plan?.decimal ?? null },
    columns: plan?.columns ?? [],
    counts: plan?.counts ?? { rows: 0, new: 0, unchanged: 0, corrections: 0, problems: problems.length },
    rows: plan?.rows ?? [],
    problems,
  };
}

function invalidFile(problems: ImportProblem[]): ApiError {
  const rows = new Set(problems.map((p) => p.row).filter((r) => r !== null));
  const where = rows.size ? ` in ${rows.size} row(s)` : '';
  return new ApiError(
    ERROR_CODES.invalidFile,
    `The file has ${problems.length} problem(s)${where}; nothing was imported. Each is named in details, at its row and column.`,
    problems,
  );
}

/** 403 naming every row of an indicator the user may not record, with the reason of the first. */
function forbiddenRows(forbidden: ImportProblem[], plan: ImportPlan, refusals: Map<string, Refusal>): ApiError {
  const first = plan.rows.find((r) => r.row === forbidden[0].row);
  const refusal = refusals.get(first?.indicatorId ?? '') ?? { code: 'no_role', params: {} };
  const error = new ApiError(
    ERROR_CODES.forbidden,
    `You may not record observations of the indicators in row(s) ${forbidden.map((p) => p.row).join(', ')}: ${refusalInWords(refusal)}`,
    forbidden,
  );
  error.extra = { reason: refusal };
  return error;
}

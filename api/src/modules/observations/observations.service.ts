import { Injectable } from '@nestjs/common';
import {
  checkCorrection,
  checkObservationShape,
  checkPeriod,
  ERROR_CODES,
  observationConflict,
  ObservationSeries,
  observationExistsMessage,
  parsePeriodCode,
  periodCode,
  PERIOD_CODES_ACCEPTED,
} from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { ApiError, must } from '../../common/api-error';
import { findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
import { ownerOfRow, recordingRights } from '../auth/ownership';
import { AuditService } from '../audit/audit.service';
import { Actor, allow, Change } from '../audit/change';
import { Indicator } from '../indicators/indicator.entity';
import { CreateObservationDto, ObservationDto, SupersedeObservationDto } from './dto/observation.dto';
import { Observation } from './observation.entity';
import { observationRow } from './observation-row';

/** Who recorded an observation and why, as its trail entry says. */
export type Recording = { recordedBy: ObservationDto['recordedBy']; reason: string | null };

const UNKNOWN_RECORDING: Recording = { recordedBy: null, reason: null };

const recordingOfActor = (actor: Actor): Recording => ({
  recordedBy: actor.userId ? { id: actor.userId, name: actor.userName } : null,
  reason: actor.reason,
});

type EntryFacts = { entityId: string; userId: string | null; userName: string | null; reason: string | null };

/**
 * Who recorded each observation and why, from the entry that created it (the first that touched it):
 * one statement for all of them, through the trail's index of ids.
 */
async function recordingsOf(em: EntityManager, where: { indicatorId: string } | { id: string }): Promise<Map<string, Recording>> {
  const ids = 'indicatorId' in where ? `SELECT o."id" FROM "observation" o WHERE o."indicatorId" = ?` : `SELECT ? AS "id"`;
  const rows = (await em.query(
    `SELECT r."entityId" AS "entityId", e."userId" AS "userId", e."userName" AS "userName", e."reason" AS "reason"
       FROM "audit_ref" r JOIN "audit_entry" e ON e."seq" = r."seq"
      WHERE r."entityId" IN (${ids})
      ORDER BY r."seq" ASC`,
    ['indicatorId' in where ? where.indicatorId : where.id],
  )) as EntryFacts[];
  const out = new Map<string, Recording>();
  for (const row of rows) {
    if (out.has(row.entityId)) continue;
    out.set(row.entityId, {
      recordedBy: row.userId ? { id: row.userId, name: row.userName ?? '' } : null,
      reason: row.reason,
    });
  }
  return out;
}

export const toObservationDto = (
  o: Observation,
  supersededById: string | null,
  recording: Recording = UNKNOWN_RECORDING,
): ObservationDto => ({
  id: o.id,
  indicatorId: o.indicatorId,
  series: o.series,
  periodStart: o.periodStart,
  periodEnd: o.periodEnd,
  period: periodCode(o.periodStart, o.periodEnd),
  value: o.value,
  narrative: o.narrative,
  judgement: o.judgement,
  sourceNote: o.sourceNote,
  recordedAt: iso(o.recordedAt),
  supersedesId: o.supersedesId,
  supersededById,
  example: o.example,
  recordedBy: recording.recordedBy,
  reason: recording.reason,
});

/** The period a request names, by code or by its two dates (not both, not neither); null counts as not given. */
function periodOf(dto: CreateObservationDto, fallback?: { start: string; end: string }): { start: string; end: string } {
  if (dto.period != null) {
    if (dto.periodStart != null || dto.periodEnd != null) {
      throw ApiError.invalid('period', 'ambiguous_period', 'give either period or periodStart and periodEnd, not both');
    }
    const parsed = parsePeriodCode(dto.period);
    if (!parsed) throw ApiError.invalid('period', ERROR_CODES.invalidPeriod, `not a period code Kompas knows. ${PERIOD_CODES_ACCEPTED}`);
    return parsed;
  }
  if (dto.periodStart != null || dto.periodEnd != null) {
    if (dto.periodStart == null) throw ApiError.invalid('periodStart', 'required', 'periodStart is required with periodEnd');
    if (dto.periodEnd == null) throw ApiError.invalid('periodEnd', 'required', 'periodEnd is required with periodStart');
    return { start: dto.periodStart, end: dto.periodEnd };
  }
  if (fallback) return fallback;
  throw ApiError.invalid('period', 'required', 'give the period (e.g. 2026K1) or periodStart and periodEnd');
}

@Injectable()
export class ObservationsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  list(indicatorId: string, series?: ObservationSeries): Promise<ObservationDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Indicator, indicatorId, 'indicator');
      const where = series ? { indicatorId, series } : { indicatorId };
      const rows = await em.find(Observation, { where, order: { periodEnd: 'ASC', recordedAt: 'ASC' } });
      const correctedBy = new Map(rows.filter((o) => o.supersedesId).map((o) => [o.supersedesId as string, o.id]));
      const recordings = await recordingsOf(em, { indicatorId });
      return rows.map((o) => toObservationDto(o, correctedBy.get(o.id) ?? null, recordings.get(o.id)));
    });
  }

  get(id: string): Promise<ObservationDto> {
    return this.db.read(async (em) => this.dto(em, await findOr404(em, Observation, id, 'observation')));
  }

  create(actor: Actor, indicatorId: string, dto: CreateObservationDto): Promise<ObservationDto> {
    return this.audit.change(actor, async (c) => {
      const indicator = await findOr404(c.em, Indicator, indicatorId, 'indicator');
      allow(actor, await recordingRights(c.em, indicator));
      const series = dto.series ?? 'actual';
      if (series === 'reference' && indicator.referenceName === null) {
        throw ApiError.invalid('series', 'no_reference_series', 'this indicator has no reference series: give it a reference first');
      }
      return this.record(c, indicator, { ...dto, series }, periodOf(dto), null, dto.period != null ? 'period' : 'periodStart');
    });
  }

  /** Records a correction of an observation; the old one stays, marked as superseded. */
  supersede(actor: Actor, id: string, dto: SupersedeObservationDto): Promise<ObservationDto> {
    return this.audit.change(actor, async (c) => {
      const em = c.em;
      const old = await findOr404(em, Observation, id, 'observation');
      const of = await em.findOne(Indicator, { where: { id: old.indicatorId }, withDeleted: true });
      allow(actor, of ? await recordingRights(em, of) : await ownerOfRow(em, 'observation', old));
      const newer = await em.findOne(Observation, { where: { supersedesId: id } });
      if (newer) {
        throw ApiError.at(
          ERROR_CODES.alreadySuperseded,
          `This observation was already corrected by ${newer.id}; correct that one instead.`,
          'id',
          `superseded by ${newer.id}`,
        );
      }
      const indicator = await findOr404(em, Indicator, old.indicatorId, 'indicator');
      const merged: CreateObservationDto = {
        series: old.series,
        value: dto.value !== undefined ? dto.value : old.value,
        narrative: dto.narrative !== undefined ? dto.narrative : old.narrative,
        judgement: dto.judgement !== undefined ? dto.judgement : old.judgement,
        sourceNote: dto.sourceNote !== undefined ? dto.sourceNote : old.sourceNote,
        example: dto.example ?? old.example,
      };
      const period = periodOf(dto, { start: old.periodStart, end: old.periodEnd });
      const same = checkCorrection(old, {
        indicatorId: old.indicatorId,
        series: dto.series ?? old.series,
        periodStart: period.start,
        periodEnd: period.end,
      });
      if (!same.ok && same.field === 'series')
        throw ApiError.at(same.code, same.message, 'series', 'not the series of the corrected observation');
      if (!same.ok) {
        // Named as the request gave the period: by its code, or by the date that differs.
        throw ApiError.at(
          same.code,
          same.message,
          dto.period != null ? 'period' : (same.field ?? 'period'),
          'not the period of the corrected observation',
        );
      }
      return this.record(c, indicator, merged, period, id, 'period');
    });
  }

  private async record(
    c: Change,
    indicator: Indicator,
    dto: CreateObservationDto,
    period: { start: string; end: string },
    supersedesId: string | null,
    periodField: string,
  ): Promise<ObservationDto> {
    must(checkPeriod(period.start, period.end));
    const value = dto.value ?? null;
    const narrative = dto.narrative ?? null;
    must(checkObservationShape(indicator.type, { value, narrative }));
    const em = c.em;
    // A correction takes the place of the one it corrects; anything else needs the period free of a current observation.
    const series = dto.series ?? 'actual';
    if (!supersedesId)
      await this.refuseIfRecorded(em, { indicatorId: indicator.id, series, periodStart: period.start, periodEnd: period.end }, periodField);
    const id = randomUUID();
    // Named by its indicator, so the indicator's history lists it; the observation's own id is in the entry too.
    c.describe(supersedesId ? 'update' : 'create', 'observation', indicator.id);
    await c.touch('observation', id);
    const row = observationRow({
      id,
      indicatorId: indicator.id,
      series,
      periodStart: period.start,
      periodEnd: period.end,
      value,
      narrative,
      judgement: dto.judgement ?? null,
      sourceNote: dto.sourceNote ?? null,
      recordedAt: new Date(),
      supersedesId,
      example: dto.example ?? false,
    });
    await em.insert(Observation, row);
    return toObservationDto(row, null, recordingOfActor(c.actor));
  }

  /** 409 `observation_exists`, with the id to correct in `existingId`, when the period already has a current observation. */
  private async refuseIfRecorded(
    em: EntityManager,
    reading: { indicatorId: string; series: ObservationSeries; periodStart: string; periodEnd: string },
    field: string,
  ) {
    const columns = { id: true, indicatorId: true, series: true, periodStart: true, periodEnd: true, supersedesId: true } as const;
    const recorded = await em.find(Observation, { where: reading, select: columns });
    if (!recorded.length) return;
    const corrections = await em.find(Observation, { where: { supersedesId: In(recorded.map((o) => o.id)) }, select: columns });
    const existing = observationConflict([...recorded, ...corrections], reading);
    if (!existing) return;
    const error = ApiError.at(
      ERROR_CODES.observationExists,
      observationExistsMessage(existing.id),
      field,
      `already recorded as ${existing.id}`,
    );
    error.extra = { existingId: existing.id };
    throw error;
  }

  private async dto(em: EntityManager, o: Observation): Promise<ObservationDto> {
    const newer = await em.findOne(Observation, { where: { supersedesId: o.id }, select: { id: true } });
    return toObservationDto(o, newer?.id ?? null, (await recordingsOf(em, { id: o.id })).get(o.id));
  }
}

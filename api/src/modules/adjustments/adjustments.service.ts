import { Injectable } from '@nestjs/common';
import { can, ERROR_CODES, FieldError, ownerOf, Permission, Principal, whyNot } from '@kompas/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { findOr404 } from '../../common/find';
import { isUuid } from '../../common/id.pipe';
import { refusedError } from '../../common/refusals';
import { flattenValidationErrors } from '../../common/validation';
import { Database } from '../../database/database';
import { sqliteUtcToIso } from '../../database/sqlite-time';
import { UpdateActionDto } from '../actions/dto/action.dto';
import { ActionsService } from '../actions/actions.service';
import { assessmentOr404, requiredReason } from '../assessments/assessments.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../../common/clock';
import { Actor, Change } from '../audit/change';
import { ownerOfRow } from '../auth/ownership';
import { Committee } from '../committees/committee.entity';
import { UpdateFocusAreaDto } from '../focus-areas/dto/focus-area.dto';
import { FocusAreasService } from '../focus-areas/focus-areas.service';
import { UpdateIndicatorDto } from '../indicators/dto/indicator.dto';
import { IndicatorsService } from '../indicators/indicators.service';
import { CreateLinkDto } from '../links/dto/link.dto';
import { LinksService, resolveNode } from '../links/links.service';
import { Plan } from '../plans/plan.entity';
import { Unit } from '../units/unit.entity';
import { Adjustment } from './adjustment.entity';
import { checkDecision, decisionDto, StoredDecision } from './decision';
import {
  AdjustmentDto,
  AdjustmentListQuery,
  CHANGE_KINDS,
  ChangeKind,
  CreateAdjustmentDto,
  CreatedAdjustmentDto,
} from './dto/adjustment.dto';

type Change0 = Record<string, unknown> & { kind: ChangeKind };
type OwnerKind = 'committee' | 'unit' | 'plan';
/** A change with what it touches and whose it is. */
type Resolved = {
  index: number;
  change: Change0;
  table: string | null;
  rowId: string | null;
  owner: { kind: OwnerKind; id: string };
  permission: Permission;
  nodes: string[];
};

/** The fields each kind of change takes besides `kind`, `id` and `version`; and those it must have. */
const FIELDS: Record<ChangeKind, { optional: string[]; required: string[]; keyed: boolean }> = {
  focusAreaRank: { required: ['rank'], optional: [], keyed: true },
  focusAreaStatus: { required: ['status'], optional: [], keyed: true },
  targets: { required: ['targets'], optional: ['longTermTarget'], keyed: true },
  actionStatus: { required: ['status'], optional: [], keyed: true },
  actionScope: { required: [], optional: ['title', 'description'], keyed: true },
  actionDates: { required: ['startDate', 'endDate'], optional: [], keyed: true },
  linkAdd: { required: ['from', 'to'], optional: ['rationale', 'strength'], keyed: false },
  linkRemove: { required: [], optional: [], keyed: true },
};

const bad = (field: string, code: string, message: string) => ApiError.invalid(field, code, message);

/** Field errors of one change's fields, checked by the single edit's own request shape. */
function validateAs(cls: new () => object, fields: Record<string, unknown>, at: string, rename: Record<string, string> = {}): void {
  const errors = validateSync(plainToInstance(cls, fields), { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (!errors.length) return;
  const details: FieldError[] = flattenValidationErrors(errors).map((d) => {
    const [head, ...rest] = d.field.split('.');
    return { ...d, field: [at, rename[head] ?? head, ...rest].join('.') };
  });
  throw new ApiError(
    ERROR_CODES.validationFailed,
    `The request has invalid fields: ${[...new Set(details.map((d) => d.field))].join(', ')}.`,
    details,
  );
}

/** Checks one change's shape: its kind, its fields and nothing else (400 naming `changes.N…`). */
function checkShape(raw: Record<string, unknown>, i: number): Change0 {
  const at = `changes.${i}`;
  if (!CHANGE_KINDS.includes(raw['kind'] as ChangeKind)) throw bad(`${at}.kind`, 'is_in', `kind must be one of ${CHANGE_KINDS.join(', ')}`);
  const kind = raw['kind'] as ChangeKind;
  const spec = FIELDS[kind];
  const allowed = new Set(['kind', ...(spec.keyed ? ['id', 'version'] : []), ...spec.required, ...spec.optional]);
  for (const key of Object.keys(raw)) if (!allowed.has(key)) throw bad(`${at}.${key}`, 'unknown_field', `a ${kind} change takes no ${key}`);
  if (spec.keyed) {
    if (!isUuid(raw['id'])) throw bad(`${at}.id`, 'is_uuid', 'id must be a UUID');
    const v = raw['version'];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
      throw bad(`${at}.version`, 'is_int', 'version must be the version you read');
  }
  for (const key of spec.required) if (!(key in raw)) throw bad(`${at}.${key}`, 'required', `a ${kind} change needs ${key}`);
  const pick = (keys: string[]) => Object.fromEntries(keys.filter((k) => k in raw).map((k) => [k, raw[k]]));
  const own = pick([...spec.required, ...spec.optional]);
  if (kind === 'focusAreaRank' || kind === 'focusAreaStatus') validateAs(UpdateFocusAreaDto, own, at);
  else if (kind === 'targets') validateAs(UpdateIndicatorDto, own, at);
  else if (kind === 'actionStatus' || kind === 'actionDates') validateAs(UpdateActionDto, own, at);
  else if (kind === 'actionScope') {
    if (!Object.keys(own).length) throw bad(`${at}.title`, 'required', 'an actionScope change needs a title or a description');
    validateAs(UpdateActionDto, own, at);
  } else if (kind === 'linkAdd') {
    const { from, to, ...rest } = own;
    validateAs(CreateLinkDto, { sourceId: from, targetId: to, ...rest }, at, { sourceId: 'from', targetId: 'to' });
  }
  const change = { ...raw } as Change0;
  if (typeof change['id'] === 'string') change['id'] = change['id'].toLowerCase();
  for (const k of ['from', 'to']) if (typeof change[k] === 'string') change[k] = (change[k] as string).toLowerCase();
  return change;
}

/** Renames what a single edit's refusal names to where it is in the adjustment: `changes.N…`. */
function renamed(e: unknown, i: number): unknown {
  if (!(e instanceof ApiError)) return e;
  const at = `changes.${i}`;
  if (e.code === ERROR_CODES.versionConflict) {
    const err = ApiError.at(ERROR_CODES.changeOutdated, `Change ${i}: ${e.message}`, `${at}.version`, 'stale version');
    err.extra = e.extra;
    return err;
  }
  const fieldOf = (f: string) => (f === 'id' || f === '' ? at : `${at}.${{ sourceId: 'from', targetId: 'to' }[f] ?? f}`);
  const details = e.details.length
    ? e.details.map((d) => ({ ...d, field: fieldOf(d.field) }))
    : [{ field: at, code: e.code, message: e.message }];
  const err = new ApiError(e.code, `Change ${i}: ${e.message}`, details);
  err.extra = e.extra;
  return err;
}

const isoOf = (t: string | Date | null) =>
  t === null ? null : t instanceof Date ? t.toISOString() : new Date(sqliteUtcToIso(t)).toISOString();

@Injectable()
export class AdjustmentsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly focusAreas: FocusAreasService,
    private readonly actions: ActionsService,
    private readonly indicators: IndicatorsService,
    private readonly links: LinksService,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks changes as an adjustment's, writing nothing: their shape (400), their
   * rows and plan (404, 422), the versions they name (409), and each change's own
   * rules, made as its owner would make it, in a transaction that is then rolled
   * back. Refusals name `changes.N…`. Answers the changes as they would be stored.
   */
  async check(actor: Actor, planId: string, raw: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    const changes = raw.map((r, i) => checkShape(r, i));
    try {
      await this.db.write(async (em) => {
        const resolved: Resolved[] = [];
        for (const [i, change] of changes.entries()) resolved.push(await this.resolve(em, planId, change, i));
        for (const r of resolved) await checkVersion(em, r);
        for (const r of resolved) await this.applyPart(new Change(em, asOwner(actor, r.owner), this.clock.date()), [r]);
        throw new RolledBack();
      });
    } catch (e) {
      if (!(e instanceof RolledBack)) throw e;
    }
    return changes;
  }

  /** The rows the changes change, each with the version it names and the version it has now (null once deleted). */
  rowsOf(raw: Record<string, unknown>[]): Promise<{ table: string; id: string; version: number; now: number | null }[]> {
    const changes = raw.map((r, i) => checkShape(r, i));
    return this.db.read(async (em) => {
      const rows: { table: string; id: string; version: number; now: number | null }[] = [];
      for (const change of changes) {
        if (typeof change['id'] !== 'string') continue;
        const id = change['id'];
        const tables =
          change.kind === 'linkRemove'
            ? ['support_link', 'contribution_link']
            : [change.kind === 'targets' ? 'indicator' : change.kind.startsWith('focusArea') ? 'focus_area' : 'action'];
        let found: { table: string; now: number | null } | null = null;
        for (const table of tables) {
          const [row] = (await em.query(`SELECT "version", "deletedAt" FROM "${table}" WHERE "id" = ?`, [id])) as {
            version: number;
            deletedAt: string | null;
          }[];
          if (row) found = { table, now: row.deletedAt ? null : row.version };
          if (row) break;
        }
        rows.push({ table: found?.table ?? tables[0], id, version: change['version'] as number, now: found?.now ?? null });
      }
      return rows;
    });
  }

  create(actor: Actor, dto: CreateAdjustmentDto): Promise<CreatedAdjustmentDto> {
    const reason = requiredReason(actor);
    const changes = dto.changes.map((raw, i) => checkShape(raw, i));
    return this.audit.change(actor, async (c) => {
      const em = c.em;
      const plan = await findOr404(em, Plan, dto.planId.toLowerCase(), 'plan', 'planId');
      const decision = await checkDecision(em, plan.id, dto.decision);
      const answers = dto.answersAssessmentId?.toLowerCase() ?? null;
      if (answers) {
        const a = await assessmentOr404(em, answers, 'answersAssessmentId');
        if (a.planId !== plan.id)
          throw ApiError.at(
            ERROR_CODES.acrossPlans,
            'The assessment must be of the same plan.',
            'answersAssessmentId',
            'assessment of another plan',
          );
        if (a.proposal === 'none')
          throw ApiError.at(ERROR_CODES.noProposal, 'This assessment proposes no adjustment.', 'answersAssessmentId', 'no proposal');
        if (a.proposal !== 'open')
          throw ApiError.at(ERROR_CODES.proposalClosed, `This proposal is already ${a.proposal}.`, 'answersAssessmentId', a.proposal);
      }
      const resolved: Resolved[] = [];
      for (const [i, change] of changes.entries()) resolved.push(await this.resolve(em, plan.id, change, i));
      // One part per owner, in the order the changes name them.
      const parts = new Map<string, Resolved[]>();
      for (const r of resolved) parts.set(`${r.owner.kind}/${r.owner.id}`, [...(parts.get(`${r.owner.kind}/${r.owner.id}`) ?? []), r]);
      const mine = [...parts.values()].filter((part) => can(actor.principal, part[0].permission));
      if (!mine.length) {
        const first = resolved[0];
        const refusal = refusedError(whyNot(actor.principal, first.permission)!);
        refusal.details.push({ field: `changes.${first.index}`, code: ERROR_CODES.forbidden, message: refusal.message });
        throw refusal;
      }
      // The version each change names is the one its row had before this decision (a re-ranking moves its neighbours on).
      for (const r of resolved) await checkVersion(em, r);
      const groupId = randomUUID();
      const ids: string[] = [];
      for (const part of parts.values()) {
        const id = randomUUID();
        ids.push(id);
        await c.touch('adjustment', id);
        await em.insert(Adjustment, {
          id,
          groupId,
          planId: plan.id,
          decidedBy: decision.decidedBy,
          committeeId: decision.committeeId,
          decidedAt: decision.decidedAt,
          caseNumber: decision.caseNumber,
          reason,
          answersAssessmentId: answers,
          changes: JSON.stringify(part.map((r) => r.change)),
          ownerKind: part[0].owner.kind,
          ownerId: part[0].owner.id,
          state: 'pending',
          createdBy: actor.userId as string,
          appliedBy: null,
          appliedAt: null,
        });
        c.mention(...part.flatMap((r) => r.nodes));
      }
      const applied: string[] = [];
      for (const [n, part] of [...parts.values()].entries()) {
        if (!mine.includes(part)) continue;
        await this.applyPart(c, part);
        await em.update(Adjustment, { id: ids[n] }, { state: 'applied', appliedBy: actor.userId, appliedAt: c.now });
        applied.push(ids[n]);
      }
      // The entry is about the part applied first; it touches every part, so each one's history has it.
      c.describe('adjust', 'adjustment', applied[0]);
      if (answers) c.mention(answers);
      const next = await nextSeq(em);
      return { groupId, adjustments: (await this.read(em, `j."groupId" = ?`, [groupId], 'ASC')).map((a) => ({ ...a, auditSeq: next })) };
    });
  }

  /** Applies a pending part, by its owner: the changes as decided, on the rows as they are now. */
  apply(actor: Actor, id: string): Promise<AdjustmentDto> {
    return this.audit.change(actor, async (c) => {
      const em = c.em;
      const row = await findOr404(em, Adjustment, id, 'adjustment');
      const permission = ownerPermission(row.ownerKind as OwnerKind, row.ownerId);
      const refusal = whyNot(actor.principal, permission);
      if (refusal) throw refusedError(refusal);
      if (row.state === 'applied')
        throw ApiError.at(ERROR_CODES.alreadyApplied, 'This part of the adjustment has already been applied.', 'id', 'applied');
      const changes = (JSON.parse(row.changes) as Record<string, unknown>[]).map((raw, i) => checkShape(raw, i));
      const resolved: Resolved[] = [];
      for (const [i, change] of changes.entries()) resolved.push(await this.resolve(em, row.planId, change, i));
      await c.touch('adjustment', id);
      await this.applyPart(c, resolved, true);
      await em.update(Adjustment, { id }, { state: 'applied', appliedBy: actor.userId, appliedAt: c.now });
      c.describe('adjust', 'adjustment', id).mention(...resolved.flatMap((r) => r.nodes));
      return { ...(await this.read(em, `j."id" = ?`, [id]))[0], auditSeq: await nextSeq(em) };
    });
  }

  list(planId: string, q: AdjustmentListQuery): Promise<AdjustmentDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      const where = [`j."planId" = ?`];
      const params: unknown[] = [planId];
      const add = (sql: string, ...values: unknown[]) => {
        where.push(sql);
        params.push(...values);
      };
      if (q.state) add(`j."state" = ?`, q.state);
      if (q.committeeId) {
        add(
          `(j."committeeId" = ? OR (j."ownerKind" = 'committee' AND j."ownerId" = ?))`,
          q.committeeId.toLowerCase(),
          q.committeeId.toLowerCase(),
        );
      }
      if (q.from) add(`j."decidedAt" >= ?`, q.from);
      if (q.to) add(`j."decidedAt" <= ?`, q.to);
      return this.read(em, where.join(' AND '), params);
    });
  }

  /** What a change touches, whose it is, and that it is of this plan (404/422 naming `changes.N…`). */
  private async resolve(em: EntityManager, planId: string, change: Change0, i: number): Promise<Resolved> {
    const at = `changes.${i}`;
    const id = change['id'] as string;
    const inPlan = (rowPlan: string) => {
      if (rowPlan !== planId)
        throw ApiError.at(ERROR_CODES.acrossPlans, 'Every change must be of the plan decided on.', `${at}.id`, 'of another plan');
    };
    const byCommittee = (committeeId: string) => ({
      owner: { kind: 'committee' as const, id: committeeId },
      permission: ownerOf('focusArea', { committeeId }),
    });
    const byUnit = (unitId: string) => ({ owner: { kind: 'unit' as const, id: unitId }, permission: ownerOf('action', { unitId }) });
    const one = async <T>(sql: string, what: string, field = `${at}.id`, key = id): Promise<T> => {
      const [row] = (await em.query(sql, [key])) as T[];
      if (!row) throw ApiError.notFound(what, key, field);
      return row;
    };
    switch (change.kind) {
      case 'focusAreaRank':
      case 'focusAreaStatus': {
        const f = await one<{ planId: string; committeeId: string }>(
          `SELECT "planId", "committeeId" FROM "focus_area" WHERE "id" = ? AND "deletedAt" IS NULL`,
          'focus area',
        );
        inPlan(f.planId);
        return { index: i, change, table: 'focus_area', rowId: id, nodes: [id], ...byCommittee(f.committeeId) };
      }
      case 'actionStatus':
      case 'actionScope':
      case 'actionDates': {
        const a = await one<{ planId: string; unitId: string }>(
          `SELECT "planId", "unitId" FROM "action" WHERE "id" = ? AND "deletedAt" IS NULL`,
          'action',
        );
        inPlan(a.planId);
        return { index: i, change, table: 'action', rowId: id, nodes: [id], ...byUnit(a.unitId) };
      }
      case 'targets': {
        const ind = await one<{ planId: string; actionId: string | null; focusAreaId: string | null; aimingPointId: string | null }>(
          `SELECT "planId", "actionId", "focusAreaId", "aimingPointId" FROM "indicator" WHERE "id" = ? AND "deletedAt" IS NULL`,
          'indicator',
        );
        inPlan(ind.planId);
        const permission = await ownerOfRow(em, 'indicator', ind);
        const owner =
          permission.do === 'editAction'
            ? { kind: 'unit' as const, id: permission.unitId }
            : permission.do === 'editFocusArea'
              ? { kind: 'committee' as const, id: permission.committeeId }
              : { kind: 'plan' as const, id: planId };
        return { index: i, change, table: 'indicator', rowId: id, nodes: [id], owner, permission };
      }
      case 'linkAdd': {
        const from = change['from'] as string;
        const to = change['to'] as string;
        const source = await resolveNode(em, from);
        if (!source) throw ApiError.notFound('node', from, `${at}.from`);
        if (source.planId !== planId)
          throw ApiError.at(ERROR_CODES.acrossPlans, 'Every change must be of the plan decided on.', `${at}.from`, 'of another plan');
        if (source.kind === 'focusArea') {
          const f = await one<{ committeeId: string }>(
            `SELECT "committeeId" FROM "focus_area" WHERE "id" = ?`,
            'focus area',
            `${at}.from`,
            from,
          );
          return { index: i, change, table: null, rowId: null, nodes: [from, to], ...byCommittee(f.committeeId) };
        }
        if (source.kind === 'action') {
          const a = await one<{ unitId: string }>(`SELECT "unitId" FROM "action" WHERE "id" = ?`, 'action', `${at}.from`, from);
          return { index: i, change, table: null, rowId: null, nodes: [from, to], ...byUnit(a.unitId) };
        }
        throw ApiError.at(
          ERROR_CODES.linkKindForbidden,
          'A link starts at a focus area or an action.',
          `${at}.from`,
          'not a focus area or action',
        );
      }
      case 'linkRemove': {
        const [s] = (await em.query(
          `SELECT "planId", "focusAreaId", "aimingPointId" FROM "support_link" WHERE "id" = ? AND "deletedAt" IS NULL`,
          [id],
        )) as {
          planId: string;
          focusAreaId: string;
          aimingPointId: string;
        }[];
        if (s) {
          inPlan(s.planId);
          const f = await one<{ committeeId: string }>(
            `SELECT "committeeId" FROM "focus_area" WHERE "id" = ?`,
            'focus area',
            `${at}.id`,
            s.focusAreaId,
          );
          return {
            index: i,
            change,
            table: 'support_link',
            rowId: id,
            nodes: [s.focusAreaId, s.aimingPointId],
            ...byCommittee(f.committeeId),
          };
        }
        const l = await one<{ planId: string; actionId: string; focusAreaId: string }>(
          `SELECT "planId", "actionId", "focusAreaId" FROM "contribution_link" WHERE "id" = ? AND "deletedAt" IS NULL`,
          'link',
        );
        inPlan(l.planId);
        const a = await one<{ unitId: string }>(`SELECT "unitId" FROM "action" WHERE "id" = ?`, 'action', `${at}.id`, l.actionId);
        return { index: i, change, table: 'contribution_link', rowId: id, nodes: [l.actionId, l.focusAreaId], ...byUnit(a.unitId) };
      }
    }
  }

  /** Makes a part's changes, each by its single edit's own steps, inside this change; a refusal names `changes.N`. */
  private async applyPart(c: Change, part: Resolved[], renumber = false): Promise<void> {
    for (const [n, r] of part.entries()) {
      const index = renumber ? n : r.index;
      const ch = r.change;
      const id = ch['id'] as string;
      try {
        // The version was checked against the decision's; the edit claims the row as it is now.
        const now = async () => ({ version: r.table ? await currentVersion(c.em, r.table, id) : 0 });
        switch (ch.kind) {
          case 'focusAreaRank':
            await this.focusAreas.updateIn(c, id, { rank: ch['rank'] as number }, await now());
            break;
          case 'focusAreaStatus':
            await this.focusAreas.updateIn(c, id, { status: ch['status'] } as UpdateFocusAreaDto, await now());
            break;
          case 'targets':
            await this.indicators.updateIn(c, id, pickDto(ch, ['targets', 'longTermTarget']) as UpdateIndicatorDto, await now());
            break;
          case 'actionStatus':
          case 'actionScope':
          case 'actionDates':
            await this.actions.updateIn(
              c,
              id,
              pickDto(ch, ['status', 'title', 'description', 'startDate', 'endDate']) as UpdateActionDto,
              await now(),
            );
            break;
          case 'linkAdd':
            await this.links.createIn(c, {
              sourceId: ch['from'],
              targetId: ch['to'],
              ...pickDto(ch, ['rationale', 'strength']),
            } as CreateLinkDto);
            break;
          case 'linkRemove':
            await this.links.removeIn(c, id, await now());
            break;
        }
      } catch (e) {
        throw renamed(e, index);
      }
    }
  }

  private async read(em: EntityManager, where: string, params: unknown[], order: 'ASC' | 'DESC' = 'DESC'): Promise<AdjustmentDto[]> {
    const rows = (await em.query(
      `SELECT j.*, u."name" AS "createdByName", a."name" AS "appliedByName",
              (SELECT max(r."seq") FROM "audit_ref" r WHERE r."entityId" = j."id") AS "auditSeq"
         FROM "adjustment" j JOIN "user" u ON u."id" = j."createdBy" LEFT JOIN "user" a ON a."id" = j."appliedBy"
        WHERE ${where} ORDER BY j."decidedAt" ${order}, j."createdAt" ${order}, j.rowid ${order}`,
      params,
    )) as (Adjustment & { createdByName: string; appliedByName: string | null; auditSeq: number | null })[];
    const out: AdjustmentDto[] = [];
    for (const j of rows) {
      const stored: StoredDecision = {
        decidedBy: j.decidedBy as StoredDecision['decidedBy'],
        committeeId: j.committeeId,
        decidedAt: j.decidedAt,
        caseNumber: j.caseNumber,
      };
      out.push({
        id: j.id,
        groupId: j.groupId,
        planId: j.planId,
        decision: await decisionDto(em, stored),
        reason: j.reason,
        answersAssessmentId: j.answersAssessmentId,
        changes: JSON.parse(j.changes) as Record<string, unknown>[],
        owner: { kind: j.ownerKind as OwnerKind, id: j.ownerId, name: await ownerName(em, j.ownerKind as OwnerKind, j.ownerId) },
        state: j.state as AdjustmentDto['state'],
        createdAt: isoOf(j.createdAt)!,
        createdByName: j.createdByName,
        appliedAt: isoOf(j.appliedAt),
        appliedByName: j.appliedByName,
        auditSeq: j.auditSeq,
      });
    }
    return out;
  }
}

/** Thrown to roll a check's transaction back once every change has been made. */
class RolledBack {}

/** The actor as the owner of a change would be, for checking the change's own rules without their permission. */
function asOwner(actor: Actor, owner: { kind: OwnerKind; id: string }): Actor {
  const principal: Principal = {
    userId: actor.principal.userId,
    roles: [owner.kind === 'committee' ? 'committeeMember' : owner.kind === 'unit' ? 'manager' : 'administrator'],
    committeeIds: owner.kind === 'committee' ? [owner.id] : [],
    unitIds: owner.kind === 'unit' ? [owner.id] : [],
  };
  return { ...actor, principal };
}

const pickDto = (ch: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.filter((k) => k in ch).map((k) => [k, ch[k]]));

function ownerPermission(kind: OwnerKind, id: string): Permission {
  if (kind === 'committee') return ownerOf('focusArea', { committeeId: id });
  if (kind === 'unit') return ownerOf('action', { unitId: id });
  return { do: 'managePlans' };
}

async function ownerName(em: EntityManager, kind: OwnerKind, id: string): Promise<string> {
  if (kind === 'committee') return (await em.findOne(Committee, { where: { id }, withDeleted: true }))?.name ?? '';
  if (kind === 'unit') return (await em.findOne(Unit, { where: { id }, withDeleted: true }))?.name ?? '';
  return (await em.findOne(Plan, { where: { id }, withDeleted: true }))?.title ?? '';
}

/** The position the entry of the change in the making will take (it is appended in the same transaction). */
async function nextSeq(em: EntityManager): Promise<number> {
  const [{ seq }] = (await em.query(`SELECT coalesce(max("seq"), 0) + 1 AS "seq" FROM "audit_entry"`)) as { seq: number }[];
  return seq;
}

async function currentVersion(em: EntityManager, table: string, id: string): Promise<number> {
  const [row] = (await em.query(`SELECT "version" FROM "${table}" WHERE "id" = ?`, [id])) as { version: number }[];
  return row?.version ?? -1;
}

/** A change names the version its row had when the decision was read: else 409 naming `changes.N.version`. */
async function checkVersion(em: EntityManager, r: Resolved): Promise<void> {
  if (!r.table || !r.rowId) return;
  const now = await currentVersion(em, r.table, r.rowId);
  if (now !== r.change['version'])
    throw ApiError.at(
      ERROR_CODES.changeOutdated,
      `Change ${r.index} names version ${String(r.change['version'])}, but the row is at version ${now}: someone changed it since. Reload it and decide on what it is now.`,
      `changes.${r.index}.version`,
      'stale version',
    );
}

import { Injectable } from '@nestjs/common';
import {
  checkFocusAreaInitialStatus,
  checkFocusAreaTransition,
  checkNewOrder,
  ERROR_CODES,
  insertAtRank,
  moveToRank,
  ownerOf,
  removeFromOrder,
} from '@kompas/domain';
import { EntityManager, In } from 'typeorm';
import { ApiError, must, samePlan } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow, Change } from '../audit/change';
import { createRow, entityRows, removeRow, updateRowIn } from '../audit/row-writes';
import { Committee } from '../committees/committee.entity';
import { refuseIfObservations } from '../observations/observation-guard';
import { Plan } from '../plans/plan.entity';
import { CreateFocusAreaDto, FocusAreaDto, UpdateFocusAreaDto } from './dto/focus-area.dto';
import { FocusArea, FocusAreaCoOwner } from './focus-area.entity';

export const toFocusAreaDto = (f: FocusArea, coOwners: string[]): FocusAreaDto => ({
  id: f.id,
  planId: f.planId,
  committeeId: f.committeeId,
  coOwnerCommitteeIds: coOwners,
  title: f.title,
  description: f.description,
  rank: f.rank,
  status: f.status,
  example: f.example,
  version: f.version,
  createdAt: iso(f.createdAt),
  updatedAt: iso(f.updatedAt),
});

const FOCUS_AREAS = entityRows(FocusArea, 'focus area', {
  kind: 'focusArea',
  table: 'focus_area',
  owner: (_em, f) => ownerOf('focusArea', f),
  toDto: async (f, em) => (await withCoOwners(em, [f]))[0],
});

/** Far below any real rank: a parking place while ranks are rewritten under the unique index. */
const PARKED = -1_000_000_000;

@Injectable()
export class FocusAreasService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  list(planId: string, committeeId?: string): Promise<FocusAreaDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      const committees = await em.find(Committee, { where: { planId }, order: { position: 'ASC' } });
      const lane = new Map(committees.map((c, i) => [c.id, i]));
      const rows = await em.find(FocusArea, { where: committeeId ? { planId, committeeId } : { planId } });
      rows.sort((a, b) => (lane.get(a.committeeId) ?? 0) - (lane.get(b.committeeId) ?? 0) || a.rank - b.rank);
      return withCoOwners(em, rows);
    });
  }

  get(id: string): Promise<FocusAreaDto> {
    return this.db.read((em) => current(em, id));
  }

  create(actor: Actor, dto: CreateFocusAreaDto): Promise<FocusAreaDto> {
    return createRow(this.audit, actor, FOCUS_AREAS, async (c, id) => {
      const em = c.em;
      const committee = await findOr404(em, Committee, dto.committeeId, 'committee', 'committeeId');
      allow(actor, ownerOf('focusArea', { committeeId: committee.id }));
      const status = must(checkFocusAreaInitialStatus(dto.status ?? 'proposed'));
      samePlan(committee.planId, dto.planId, "the committee's plan");
      const coOwners = await checkCoOwners(em, committee, dto.coOwnerCommitteeIds ?? []);
      const before = await rankOrder(em, committee.id);
      const order = must(insertAtRank(before, id, dto.rank));
      await c.touchAll('focus_area', [id, ...before]);
      await em.insert(FocusArea, {
        id,
        planId: committee.planId,
        committeeId: committee.id,
        title: dto.title,
        description: dto.description ?? '',
        rank: PARKED,
        status,
        example: dto.example ?? false,
      });
      await writeRanks(em, committee.id, order, id);
      await writeCoOwners(em, id, coOwners);
    });
  }

  update(actor: Actor, id: string, dto: UpdateFocusAreaDto, ifMatch: IfMatch): Promise<FocusAreaDto> {
    return this.audit.change(actor, (c) => this.updateIn(c, id, dto, ifMatch));
  }

  /** `update`'s steps inside a change already open (one change of an adjustment). */
  updateIn(c: Change, id: string, dto: UpdateFocusAreaDto, ifMatch: IfMatch): Promise<FocusAreaDto> {
    const actor = c.actor;
    const { committeeId, coOwnerCommitteeIds, rank, ...fields } = dto;
    const movingFrom = (found: FocusArea) =>
      committeeId && committeeId.toLowerCase() !== found.committeeId ? committeeId.toLowerCase() : null;
    return updateRowIn(this.audit, c, FOCUS_AREAS, id, ifMatch, {
      action: (found) => (rank != null || movingFrom(found) ? 'reorder' : 'update'),
      check: (found) => {
        const moving = movingFrom(found);
        if (moving) allow(actor, ownerOf('focusArea', { committeeId: moving }));
      },
      apply: (row) => {
        if (fields.status) must(checkFocusAreaTransition(row.status, fields.status));
        applyPatch(row, fields);
      },
      after: async (row, c) => {
        const em = c.em;
        const moving = movingFrom(row);
        let owner = await findOr404(em, Committee, row.committeeId, 'committee', 'committeeId');
        if (moving) {
          const target = await findOr404(em, Committee, moving, 'committee', 'committeeId');
          if (target.planId !== row.planId) {
            throw ApiError.at(
              ERROR_CODES.acrossPlans,
              'A focus area can only move to a committee of its own plan.',
              'committeeId',
              'committee of another plan',
            );
          }
          const oldOrder = removeFromOrder(await rankOrder(em, row.committeeId), id);
          const targetOrder = await rankOrder(em, target.id);
          const newOrder = must(insertAtRank(targetOrder, id, rank ?? undefined));
          await c.touchAll('focus_area', [...oldOrder, ...targetOrder]);
          await em.update(FocusArea, { id }, { committeeId: target.id, rank: PARKED });
          await em.delete(FocusAreaCoOwner, { focusAreaId: id, committeeId: target.id });
          await writeRanks(em, owner.id, oldOrder, id);
          await writeRanks(em, target.id, newOrder, id);
          owner = target;
        } else if (rank != null) {
          const order = await rankOrder(em, owner.id);
          await c.touchAll('focus_area', order);
          await writeRanks(em, owner.id, must(moveToRank(order, id, rank)), id);
        }
        if (coOwnerCommitteeIds) await writeCoOwners(em, id, await checkCoOwners(em, owner, coOwnerCommitteeIds));
      },
    });
  }

  /** Sets the committee's whole priority order at once; every focus area it renumbers gets a new version. */
  reorder(actor: Actor, committeeId: string, focusAreaIds: string[]): Promise<FocusAreaDto[]> {
    return this.audit.change(actor, async (c) => {
      const em = c.em;
      await findOr404(em, Committee, committeeId, 'committee');
      allow(actor, ownerOf('focusArea', { committeeId }));
      c.describe('reorder', 'committee', committeeId);
      const before = await rankOrder(em, committeeId);
      const order = must(
        checkNewOrder(
          before,
          focusAreaIds.map((x) => x.toLowerCase()),
        ),
      );
      await c.touchAll('focus_area', before);
      await writeRanks(em, committeeId, order, null);
      const rows = await em.find(FocusArea, { where: { committeeId }, order: { rank: 'ASC' } });
      return withCoOwners(em, rows);
    });
  }

  /**
   * Deletes a focus area, softly, with its links and indicators: they leave
   * the map and can be restored from its history. One whose indicators hold
   * observations is refused: retire it instead.
   */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    let rest: string[] = [];
    return removeRow(this.audit, actor, FOCUS_AREAS, id, ifMatch, {
      apply: async (row, c) => {
        const em = c.em;
        await refuseIfObservations(em, { focusAreaId: id }, 'focus area', 'retire it instead');
        rest = removeFromOrder(await rankOrder(em, row.committeeId), id);
        await c.touchAll('focus_area', rest);
        await c.softDeleteChildren('focusArea', id);
      },
      after: (row, c) => writeRanks(c.em, row.committeeId, rest, null),
    });
  }
}

/** A focus area as the API shows it. */
async function current(em: EntityManager, id: string): Promise<FocusAreaDto> {
  return (await withCoOwners(em, [await findOr404(em, FocusArea, id, 'focus area')]))[0];
}

async function rankOrder(em: EntityManager, committeeId: string): Promise<string[]> {
  const rows = await em.find(FocusArea, { where: { committeeId }, order: { rank: 'ASC' }, select: { id: true, rank: true } });
  return rows.map((r) => r.id);
}

/**
 * Writes ranks 1..n in the given order; parks them first so the unique index
 * never sees a tie mid-way. Each focus area whose rank changes gets a new
 * version, except `claimed`, whose version the change has already moved on.
 */
async function writeRanks(em: EntityManager, committeeId: string, order: string[], claimed: string | null) {
  for (const [i, id] of order.entries()) {
    await em.query(
      `UPDATE "focus_area" SET "version" = "version" + (CASE WHEN "rank" = ? OR "id" = ? THEN 0 ELSE 1 END), "rank" = ? WHERE "id" = ?`,
      [i + 1, claimed ?? '', -(i + 1), id],
    );
  }
  await em.query('UPDATE "focus_area" SET "rank" = -"rank" WHERE "committeeId" = ? AND "rank" < 0', [committeeId]);
}

async function checkCoOwners(em: EntityManager, owner: Committee, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids.map((x) => x.toLowerCase()))].filter((x) => x !== owner.id);
  if (!unique.length) return [];
  const found = await em.find(Committee, { where: { id: In(unique) } });
  for (const [i, id] of unique.entries()) {
    const c = found.find((f) => f.id === id);
    if (!c) throw ApiError.notFound('committee', id, `coOwnerCommitteeIds.${i}`);
    if (c.planId !== owner.planId) {
      throw ApiError.at(
        ERROR_CODES.acrossPlans,
        'Co-owning committees must belong to the same plan.',
        `coOwnerCommitteeIds.${i}`,
        'committee of another plan',
      );
    }
  }
  return unique;
}

async function writeCoOwners(em: EntityManager, focusAreaId: string, committeeIds: string[]) {
  await em.delete(FocusAreaCoOwner, { focusAreaId });
  if (committeeIds.length)
    await em.insert(
      FocusAreaCoOwner,
      committeeIds.map((committeeId) => ({ focusAreaId, committeeId })),
    );
}

async function withCoOwners(em: EntityManager, rows: FocusArea[]): Promise<FocusAreaDto[]> {
  if (!rows.length) return [];
  // In the committees' lane order, so the list reads the same after an export and import.
  const links = await em
    .createQueryBuilder(FocusAreaCoOwner, 'co')
    .innerJoin(Committee, 'c', 'c.id = co.committeeId')
    .where('co.focusAreaId IN (:...ids)', { ids: rows.map((r) => r.id) })
    .orderBy('c.position', 'ASC')
    .getMany();
  return rows.map((r) =>
    toFocusAreaDto(
      r,
      links.filter((l) => l.focusAreaId === r.id).map((l) => l.committeeId),
    ),
  );
}

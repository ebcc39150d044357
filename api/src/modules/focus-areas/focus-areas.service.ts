import { Injectable } from '@nestjs/common';
import {
  checkFocusAreaInitialStatus,
  checkFocusAreaTransition,
  checkNewOrder,
  ERROR_CODES,
  insertAtRank,
  moveToRank,
  removeFromOrder,
} from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { ApiError, must, samePlan } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
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
  createdAt: iso(f.createdAt),
  updatedAt: iso(f.updatedAt),
});

/** Far below any real rank: a parking place while ranks are rewritten under the unique index. */
const PARKED = -1_000_000_000;

@Injectable()
export class FocusAreasService {
  constructor(private readonly db: Database) {}

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
    return this.db.read(async (em) => (await withCoOwners(em, [await findOr404(em, FocusArea, id, 'focus area')]))[0]);
  }

  create(dto: CreateFocusAreaDto): Promise<FocusAreaDto> {
    const status = must(checkFocusAreaInitialStatus(dto.status ?? 'proposed'));
    return this.db.write(async (em) => {
      const committee = await findOr404(em, Committee, dto.committeeId, 'committee', 'committeeId');
      samePlan(committee.planId, dto.planId, "the committee's plan");
      const coOwners = await checkCoOwners(em, committee, dto.coOwnerCommitteeIds ?? []);
      const id = randomUUID();
      const order = must(insertAtRank(await rankOrder(em, committee.id), id, dto.rank));
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
      await writeRanks(em, committee.id, order);
      await writeCoOwners(em, id, coOwners);
      return (await withCoOwners(em, [await findOr404(em, FocusArea, id, 'focus area')]))[0];
    });
  }

  update(id: string, dto: UpdateFocusAreaDto): Promise<FocusAreaDto> {
    return this.db.write(async (em) => {
      const row = await findOr404(em, FocusArea, id, 'focus area');
      const { committeeId, coOwnerCommitteeIds, rank, ...fields } = dto;
      if (fields.status) must(checkFocusAreaTransition(row.status, fields.status));
      applyPatch(row, fields);
      await em.save(row);

      let owner = await findOr404(em, Committee, row.committeeId, 'committee', 'committeeId');
      if (committeeId && committeeId !== row.committeeId) {
        const target = await findOr404(em, Committee, committeeId, 'committee', 'committeeId');
        if (target.planId !== row.planId) {
          throw ApiError.at(
            ERROR_CODES.acrossPlans,
            'A focus area can only move to a committee of its own plan.',
            'committeeId',
            'committee of another plan',
          );
        }
        const oldOrder = removeFromOrder(await rankOrder(em, row.committeeId), id);
        const newOrder = must(insertAtRank(await rankOrder(em, target.id), id, rank ?? undefined));
        await em.update(FocusArea, { id }, { committeeId: target.id, rank: PARKED });
        await em.delete(FocusAreaCoOwner, { focusAreaId: id, committeeId: target.id });
        await writeRanks(em, owner.id, oldOrder);
        await writeRanks(em, target.id, newOrder);
        owner = target;
      } else if (rank != null) {
        await writeRanks(em, owner.id, must(moveToRank(await rankOrder(em, owner.id), id, rank)));
      }
      if (coOwnerCommitteeIds) await writeCoOwners(em, id, await checkCoOwners(em, owner, coOwnerCommitteeIds));
      return (await withCoOwners(em, [await findOr404(em, FocusArea, id, 'focus area')]))[0];
    });
  }

  /** Sets the committee's whole priority order at once. */
  reorder(committeeId: string, focusAreaIds: string[]): Promise<FocusAreaDto[]> {
    return this.db.write(async (em) => {
      await findOr404(em, Committee, committeeId, 'committee');
      const order = must(
        checkNewOrder(
          await rankOrder(em, committeeId),
          focusAreaIds.map((x) => x.toLowerCase()),
        ),
      );
      await writeRanks(em, committeeId, order);
      const rows = await em.find(FocusArea, { where: { committeeId }, order: { rank: 'ASC' } });
      return withCoOwners(em, rows);
    });
  }

  /**
   * Deletes a focus area with its links. One whose indicators hold observations
   * is refused: data is never lost by accident; retire the focus area instead.
   */
  remove(id: string): Promise<void> {
    return this.db.write(async (em) => {
      const row = await findOr404(em, FocusArea, id, 'focus area');
      await refuseIfObservations(em, { focusAreaId: id }, 'focus area', 'retire it instead');
      const order = removeFromOrder(await rankOrder(em, row.committeeId), id);
      await em.delete(FocusArea, { id });
      await writeRanks(em, row.committeeId, order);
    });
  }
}

async function rankOrder(em: EntityManager, committeeId: string): Promise<string[]> {
  const rows = await em.find(FocusArea, { where: { committeeId }, order: { rank: 'ASC' }, select: { id: true, rank: true } });
  return rows.map((r) => r.id);
}

/** Writes ranks 1..n in the given order; parks them first so the unique index never sees a tie mid-way. */
async function writeRanks(em: EntityManager, committeeId: string, order: string[]) {
  for (const [i, id] of order.entries()) await em.update(FocusArea, { id }, { rank: -(i + 1) });
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

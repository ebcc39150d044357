import { Injectable } from '@nestjs/common';
import { ERROR_CODES, isOwnAncestor } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
import { Action } from '../actions/action.entity';
import { CreateUnitDto, UnitDto, UpdateUnitDto } from './dto/unit.dto';
import { Unit } from './unit.entity';

export const toUnitDto = (u: Unit): UnitDto => ({
  id: u.id,
  name: u.name,
  parentId: u.parentId,
  example: u.example,
  createdAt: iso(u.createdAt),
  updatedAt: iso(u.updatedAt),
});

@Injectable()
export class UnitsService {
  constructor(private readonly db: Database) {}

  list(): Promise<UnitDto[]> {
    return this.db.read(async (em) => (await em.find(Unit, { order: { name: 'ASC' } })).map(toUnitDto));
  }

  get(id: string): Promise<UnitDto> {
    return this.db.read(async (em) => toUnitDto(await findOr404(em, Unit, id, 'unit')));
  }

  create(dto: CreateUnitDto): Promise<UnitDto> {
    return this.db.write(async (em) => {
      if (dto.parentId) await findOr404(em, Unit, dto.parentId, 'unit', 'parentId');
      const row = em.create(Unit, { id: randomUUID(), name: dto.name, parentId: dto.parentId ?? null, example: dto.example ?? false });
      return toUnitDto(await em.save(row));
    });
  }

  update(id: string, dto: UpdateUnitDto): Promise<UnitDto> {
    return this.db.write(async (em) => {
      const row = await findOr404(em, Unit, id, 'unit');
      if (dto.parentId) {
        await findOr404(em, Unit, dto.parentId, 'unit', 'parentId');
        await refuseCycle(em, id, dto.parentId);
      }
      applyPatch(row, dto, ['parentId']);
      return toUnitDto(await em.save(row));
    });
  }

  /** A unit that owns actions or has units under it cannot go. */
  remove(id: string): Promise<void> {
    return this.db.write(async (em) => {
      await findOr404(em, Unit, id, 'unit');
      const [actions, children] = await Promise.all([
        em.count(Action, { where: { unitId: id } }),
        em.count(Unit, { where: { parentId: id } }),
      ]);
      if (actions || children) {
        const what = [actions ? `${actions} action(s)` : '', children ? `${children} unit(s) under it` : ''].filter(Boolean);
        throw ApiError.at(ERROR_CODES.inUse, `The unit still has ${what.join(' and ')}.`, 'id', 'still in use');
      }
      await em.delete(Unit, { id });
    });
  }
}

/** A unit may not end up among its own ancestors (the rule is in @kompas/domain). */
async function refuseCycle(em: EntityManager, id: string, parentId: string) {
  const units = await em.find(Unit, { select: { id: true, parentId: true } });
  if (isOwnAncestor(id, parentId, new Map(units.map((u) => [u.id, u.parentId])))) {
    throw ApiError.at(
      ERROR_CODES.unitCycle,
      'A unit cannot be placed under itself or one of its own units.',
      'parentId',
      'would make a cycle',
    );
  }
}

import { Injectable } from '@nestjs/common';
import { ERROR_CODES, isOwnAncestor, ownerOf } from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow } from '../audit/change';
import { createRow, entityRows, removeRow, updateRow } from '../audit/row-writes';
import { Action } from '../actions/action.entity';
import { CreateUnitDto, UnitDto, UpdateUnitDto } from './dto/unit.dto';
import { Unit } from './unit.entity';

export const toUnitDto = (u: Unit): UnitDto => ({
  id: u.id,
  name: u.name,
  parentId: u.parentId,
  example: u.example,
  version: u.version,
  createdAt: iso(u.createdAt),
  updatedAt: iso(u.updatedAt),
});

const UNITS = entityRows(Unit, 'unit', {
  kind: 'unit',
  table: 'unit',
  owner: () => ownerOf('unit', {}),
  toDto: toUnitDto,
});

@Injectable()
export class UnitsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<UnitDto[]> {
    return this.db.read(async (em) => (await em.find(Unit, { order: { name: 'ASC' } })).map(toUnitDto));
  }

  get(id: string): Promise<UnitDto> {
    return this.db.read(async (em) => toUnitDto(await findOr404(em, Unit, id, 'unit')));
  }

  create(actor: Actor, dto: CreateUnitDto): Promise<UnitDto> {
    allow(actor, ownerOf('unit', {}));
    return createRow(this.audit, actor, UNITS, async (c, id) => {
      const em = c.em;
      const parent = dto.parentId ? await findOr404(em, Unit, dto.parentId, 'unit', 'parentId') : null;
      await em.insert(Unit, { id, name: dto.name, parentId: parent?.id ?? null, example: dto.example ?? false });
    });
  }

  update(actor: Actor, id: string, dto: UpdateUnitDto, ifMatch: IfMatch): Promise<UnitDto> {
    return updateRow(this.audit, actor, UNITS, id, ifMatch, {
      apply: async (row, c) => {
        if (dto.parentId) {
          dto.parentId = (await findOr404(c.em, Unit, dto.parentId, 'unit', 'parentId')).id;
          await refuseCycle(c.em, id, dto.parentId);
        }
        applyPatch(row, dto, ['parentId']);
      },
    });
  }

  /** A unit that owns actions or has units under it cannot go. */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    return removeRow(this.audit, actor, UNITS, id, ifMatch, {
      apply: async (_row, c) => {
        const actions = await c.em.count(Action, { where: { unitId: id } });
        const children = await c.em.count(Unit, { where: { parentId: id } });
        if (actions || children) {
          const what = [actions ? `${actions} action(s)` : '', children ? `${children} unit(s) under it` : ''].filter(Boolean);
          throw ApiError.at(ERROR_CODES.inUse, `The unit still has ${what.join(' and ')}.`, 'id', 'still in use');
        }
      },
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

import { Injectable } from '@nestjs/common';
import { ownerOf } from '@kompas/domain';
import { applyPatch, findOr404, iso } from '../../common/find';
import { closeUp, placeAt } from '../audit/positions';
import { Database } from '../../database/database';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow } from '../audit/change';
import { createRow, entityRows, removeRow, updateRow } from '../audit/row-writes';
import { refuseIfObservations } from '../observations/observation-guard';
import { Plan } from '../plans/plan.entity';
import { AimingPoint } from './aiming-point.entity';
import { AimingPointDto, CreateAimingPointDto, UpdateAimingPointDto } from './dto/aiming-point.dto';

export const toAimingPointDto = (a: AimingPoint): AimingPointDto => ({
  id: a.id,
  planId: a.planId,
  title: a.title,
  ambition: a.ambition,
  body: a.body,
  sections: a.sections,
  position: a.position,
  example: a.example,
  version: a.version,
  createdAt: iso(a.createdAt),
  updatedAt: iso(a.updatedAt),
});

const AIMING_POINTS = entityRows(AimingPoint, 'aiming point', {
  kind: 'aimingPoint',
  table: 'aiming_point',
  owner: () => ownerOf('aimingPoint', {}),
  toDto: toAimingPointDto,
});

@Injectable()
export class AimingPointsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  list(planId: string): Promise<AimingPointDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      const rows = await em.find(AimingPoint, { where: { planId }, order: { position: 'ASC' } });
      return rows.map(toAimingPointDto);
    });
  }

  get(id: string): Promise<AimingPointDto> {
    return this.db.read(async (em) => toAimingPointDto(await findOr404(em, AimingPoint, id, 'aiming point')));
  }

  create(actor: Actor, dto: CreateAimingPointDto): Promise<AimingPointDto> {
    allow(actor, ownerOf('aimingPoint', {}));
    return createRow(this.audit, actor, AIMING_POINTS, async (c, id) => {
      const em = c.em;
      const plan = await findOr404(em, Plan, dto.planId, 'plan', 'planId');
      const count = await em.count(AimingPoint, { where: { planId: plan.id } });
      const row = em.create(AimingPoint, {
        id,
        planId: plan.id,
        title: dto.title,
        ambition: dto.ambition ?? '',
        body: dto.body ?? '',
        sections: dto.sections ?? [],
        position: count + 1,
        example: dto.example ?? false,
      });
      await em.insert(AimingPoint, row);
      if (dto.position && dto.position <= count) await placeAt(c, AimingPoint, 'aiming_point', row, dto.position);
    });
  }

  update(actor: Actor, id: string, dto: UpdateAimingPointDto, ifMatch: IfMatch): Promise<AimingPointDto> {
    const { position, ...rest } = dto;
    return updateRow(this.audit, actor, AIMING_POINTS, id, ifMatch, {
      apply: (row) => applyPatch(row, rest),
      after: async (row, c) => {
        if (position !== undefined && position !== null) await placeAt(c, AimingPoint, 'aiming_point', row, position);
      },
    });
  }

  /** Deletes an aiming point, softly, with the links to it and its indicators; not while those hold observations. */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    return removeRow(this.audit, actor, AIMING_POINTS, id, ifMatch, {
      apply: async (_row, c) => {
        await refuseIfObservations(c.em, { aimingPointId: id }, 'aiming point', 'its data stays in the plan');
        await c.softDeleteChildren('aimingPoint', id);
      },
      after: (row, c) => closeUp(c, AimingPoint, 'aiming_point', row.planId),
    });
  }
}

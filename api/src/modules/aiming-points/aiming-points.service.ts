import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { applyPatch, findOr404, iso } from '../../common/find';
import { closeUp, placeAt } from '../audit/positions';
import { Database } from '../../database/database';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow } from '../audit/change';
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
    allow(actor, { do: 'managePlans' });
    return this.audit.change(actor, async (c) => {
      const em = c.em;
      const plan = await findOr404(em, Plan, dto.planId, 'plan', 'planId');
      const count = await em.count(AimingPoint, { where: { planId: plan.id } });
      const id = randomUUID();
      c.describe('create', 'aimingPoint', id);
      await c.touch('aiming_point', id);
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
      return toAimingPointDto(await findOr404(em, AimingPoint, row.id, 'aiming point'));
    });
  }

  update(actor: Actor, id: string, dto: UpdateAimingPointDto, ifMatch: IfMatch): Promise<AimingPointDto> {
    return this.audit.change(actor, async (c) => {
      const em = c.em;
      const found = await findOr404(em, AimingPoint, id, 'aiming point');
      allow(actor, { do: 'managePlans' });
      c.describe('update', 'aimingPoint', id);
      await this.audit.claim(c, 'aiming_point', id, ifMatch, async () => toAimingPointDto(found));
      const row = await findOr404(em, AimingPoint, id, 'aiming point');
      const { position, ...rest } = dto;
      applyPatch(row, rest);
      await em.save(row);
      if (position !== undefined && position !== null) await placeAt(c, AimingPoint, 'aiming_point', row, position);
      return toAimingPointDto(await findOr404(em, AimingPoint, id, 'aiming point'));
    });
  }

  /** Deletes an aiming point, softly, with the links to it. */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    return this.audit.change(actor, async (c) => {
      const em = c.em;
      const row = await findOr404(em, AimingPoint, id, 'aiming point');
      allow(actor, { do: 'managePlans' });
      c.describe('delete', 'aimingPoint', id);
      await this.audit.claim(c, 'aiming_point', id, ifMatch, async () => toAimingPointDto(row));
      await c.softDeleteWithChildren('aimingPoint', id);
      await closeUp(c, AimingPoint, 'aiming_point', row.planId);
    });
  }
}

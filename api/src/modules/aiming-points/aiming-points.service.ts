import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { applyPatch, findOr404, iso } from '../../common/find';
import { closeUp, placeAt } from '../../common/positions';
import { Database } from '../../database/database';
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
  createdAt: iso(a.createdAt),
  updatedAt: iso(a.updatedAt),
});

@Injectable()
export class AimingPointsService {
  constructor(private readonly db: Database) {}

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

  create(dto: CreateAimingPointDto): Promise<AimingPointDto> {
    return this.db.write(async (em) => {
      await findOr404(em, Plan, dto.planId, 'plan', 'planId');
      const count = await em.count(AimingPoint, { where: { planId: dto.planId } });
      const row = em.create(AimingPoint, {
        id: randomUUID(),
        planId: dto.planId,
        title: dto.title,
        ambition: dto.ambition ?? '',
        body: dto.body ?? '',
        sections: dto.sections ?? [],
        position: count + 1,
        example: dto.example ?? false,
      });
      await em.save(row);
      if (dto.position && dto.position <= count) await placeAt(em, AimingPoint, row, dto.position);
      return toAimingPointDto(await findOr404(em, AimingPoint, row.id, 'aiming point'));
    });
  }

  update(id: string, dto: UpdateAimingPointDto): Promise<AimingPointDto> {
    return this.db.write(async (em) => {
      const row = await findOr404(em, AimingPoint, id, 'aiming point');
      const { position, ...rest } = dto;
      applyPatch(row, rest);
      await em.save(row);
      if (position !== undefined && position !== null) await placeAt(em, AimingPoint, row, position);
      return toAimingPointDto(await findOr404(em, AimingPoint, id, 'aiming point'));
    });
  }

  remove(id: string): Promise<void> {
    return this.db.write(async (em) => {
      const row = await findOr404(em, AimingPoint, id, 'aiming point');
      await em.delete(AimingPoint, { id });
      await closeUp(em, AimingPoint, row.planId);
    });
  }
}

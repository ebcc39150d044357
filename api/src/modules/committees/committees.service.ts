import { Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { closeUp, placeAt } from '../../common/positions';
import { Database } from '../../database/database';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { Plan } from '../plans/plan.entity';
import { Committee } from './committee.entity';
import { CommitteeDto, CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto';

export const toCommitteeDto = (c: Committee): CommitteeDto => ({
  id: c.id,
  planId: c.planId,
  name: c.name,
  shortName: c.shortName,
  coreAreas: c.coreAreas,
  position: c.position,
  example: c.example,
  createdAt: iso(c.createdAt),
  updatedAt: iso(c.updatedAt),
});

@Injectable()
export class CommitteesService {
  constructor(private readonly db: Database) {}

  list(planId: string): Promise<CommitteeDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      return (await em.find(Committee, { where: { planId }, order: { position: 'ASC' } })).map(toCommitteeDto);
    });
  }

  get(id: string): Promise<CommitteeDto> {
    return this.db.read(async (em) => toCommitteeDto(await findOr404(em, Committee, id, 'committee')));
  }

  create(dto: CreateCommitteeDto): Promise<CommitteeDto> {
    return this.db.write(async (em) => {
      await findOr404(em, Plan, dto.planId, 'plan', 'planId');
      const count = await em.count(Committee, { where: { planId: dto.planId } });
      const row = await em.save(
        em.create(Committee, {
          id: randomUUID(),
          planId: dto.planId,
          name: dto.name,
          shortName: dto.shortName ?? '',
          coreAreas: dto.coreAreas ?? [],
          position: count + 1,
          example: dto.example ?? false,
        }),
      );
      if (dto.position && dto.position <= count) await placeAt(em, Committee, row, dto.position);
      return toCommitteeDto(await findOr404(em, Committee, row.id, 'committee'));
    });
  }

  update(id: string, dto: UpdateCommitteeDto): Promise<CommitteeDto> {
    return this.db.write(async (em) => {
      const row = await findOr404(em, Committee, id, 'committee');
      const { position, ...rest } = dto;
      applyPatch(row, rest);
      await em.save(row);
      if (position != null) await placeAt(em, Committee, row, position);
      return toCommitteeDto(await findOr404(em, Committee, id, 'committee'));
    });
  }

  /** A committee that still owns focus areas cannot go: move or delete them first. */
  remove(id: string): Promise<void> {
    return this.db.write(async (em) => {
      const row = await findOr404(em, Committee, id, 'committee');
      const owned = await em.count(FocusArea, { where: { committeeId: id } });
      if (owned > 0) {
        throw ApiError.at(
          ERROR_CODES.inUse,
          `The committee still owns ${owned} focus area(s). Move or delete them first.`,
          'id',
          'owns focus areas',
        );
      }
      await em.delete(Committee, { id });
      await closeUp(em, Committee, row.planId);
    });
  }
}

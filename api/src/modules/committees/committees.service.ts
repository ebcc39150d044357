import { Injectable } from '@nestjs/common';
import { ERROR_CODES, ownerOf } from '@kompas/domain';
import { ApiError } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { closeUp, placeAt } from '../audit/positions';
import { Database } from '../../database/database';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow } from '../audit/change';
import { createRow, entityRows, removeRow, updateRow } from '../audit/row-writes';
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
  version: c.version,
  createdAt: iso(c.createdAt),
  updatedAt: iso(c.updatedAt),
});

const COMMITTEES = entityRows(Committee, 'committee', {
  kind: 'committee',
  table: 'committee',
  owner: () => ownerOf('committee', {}),
  toDto: toCommitteeDto,
});

@Injectable()
export class CommitteesService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  list(planId: string): Promise<CommitteeDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      return (await em.find(Committee, { where: { planId }, order: { position: 'ASC' } })).map(toCommitteeDto);
    });
  }

  get(id: string): Promise<CommitteeDto> {
    return this.db.read(async (em) => toCommitteeDto(await findOr404(em, Committee, id, 'committee')));
  }

  create(actor: Actor, dto: CreateCommitteeDto): Promise<CommitteeDto> {
    allow(actor, ownerOf('committee', {}));
    return createRow(this.audit, actor, COMMITTEES, async (c, id) => {
      const em = c.em;
      const plan = await findOr404(em, Plan, dto.planId, 'plan', 'planId');
      const count = await em.count(Committee, { where: { planId: plan.id } });
      const row = em.create(Committee, {
        id,
        planId: plan.id,
        name: dto.name,
        shortName: dto.shortName ?? '',
        coreAreas: dto.coreAreas ?? [],
        position: count + 1,
        example: dto.example ?? false,
      });
      await em.insert(Committee, row);
      if (dto.position && dto.position <= count) await placeAt(c, Committee, 'committee', row, dto.position);
    });
  }

  update(actor: Actor, id: string, dto: UpdateCommitteeDto, ifMatch: IfMatch): Promise<CommitteeDto> {
    const { position, ...rest } = dto;
    return updateRow(this.audit, actor, COMMITTEES, id, ifMatch, {
      apply: (row) => applyPatch(row, rest),
      after: async (row, c) => {
        if (position != null) await placeAt(c, Committee, 'committee', row, position);
      },
    });
  }

  /** A committee that still owns focus areas cannot go: move or delete them first. */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    return removeRow(this.audit, actor, COMMITTEES, id, ifMatch, {
      apply: async (_row, c) => {
        const owned = await c.em.count(FocusArea, { where: { committeeId: id } });
        if (owned > 0) {
          throw ApiError.at(
            ERROR_CODES.inUse,
            `The committee still owns ${owned} focus area(s). Move or delete them first.`,
            'id',
            'owns focus areas',
          );
        }
      },
      after: (row, c) => closeUp(c, Committee, 'committee', row.planId),
    });
  }
}

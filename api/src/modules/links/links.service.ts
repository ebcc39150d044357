import { Injectable } from '@nestjs/common';
import { checkNewLink, CONCEPTS, ERROR_CODES, LinkEnd, LinkKind, PLAN_NODE_KINDS } from '@kompas/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiError, must, samePlan } from '../../common/api-error';
import { applyPatch, findOr404, iso } from '../../common/find';
import { Database } from '../../database/database';
import { ownerOfRow } from '../auth/ownership';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow, Change } from '../audit/change';
import { removeRowIn, RowConcept, updateRow } from '../audit/row-writes';
import { Plan } from '../plans/plan.entity';
import { CreateLinkDto, LinkDto, UpdateLinkDto } from './dto/link.dto';
import { ContributionLink, SupportLink } from './link.entities';

type AnyLink = { kind: 'supports'; row: SupportLink } | { kind: 'contributes'; row: ContributionLink };

export function toLinkDto(link: AnyLink): LinkDto {
  const r = link.row;
  const ends =
    link.kind === 'supports'
      ? {
          sourceId: link.row.focusAreaId,
          sourceKind: 'focusArea' as const,
          targetId: link.row.aimingPointId,
          targetKind: 'aimingPoint' as const,
        }
      : { sourceId: link.row.actionId, sourceKind: 'action' as const, targetId: link.row.focusAreaId, targetKind: 'focusArea' as const };
  return {
    id: r.id,
    planId: r.planId,
    kind: link.kind,
    ...ends,
    rationale: r.rationale,
    strength: r.strength,
    example: r.example,
    version: r.version,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** Which kind of node an id names, and its plan. Ids are UUIDs, unique across kinds. */
export async function resolveNode(em: EntityManager, id: string): Promise<LinkEnd | null> {
  for (const kind of PLAN_NODE_KINDS) {
    const [row] = (await em.query(`SELECT "planId" FROM "${CONCEPTS[kind].table}" WHERE "id" = ? AND "deletedAt" IS NULL`, [id])) as {
      planId: string;
    }[];
    if (row) return { id, kind: CONCEPTS[kind].node, planId: row.planId };
  }
  const plan = await em.findOne(Plan, { where: { id }, select: { id: true } });
  return plan ? { id, kind: 'vision', planId: plan.id } : null;
}

async function findLink(em: EntityManager, id: string): Promise<AnyLink> {
  const support = await em.findOne(SupportLink, { where: { id } });
  if (support) return { kind: 'supports', row: support };
  const contribution = await em.findOne(ContributionLink, { where: { id } });
  if (contribution) return { kind: 'contributes', row: contribution };
  throw ApiError.notFound('link', id);
}

const tableOf = (link: AnyLink) => (link.kind === 'supports' ? 'support_link' : 'contribution_link');

const LINKS: RowConcept<AnyLink, LinkDto> = {
  kind: 'link',
  table: tableOf,
  find: findLink,
  // A link belongs to where it starts: a focus area's committee, an action's unit.
  owner: (em, link) => ownerOfRow(em, link.kind === 'supports' ? 'supportLink' : 'contributionLink', link.row),
  toDto: (_em, link) => toLinkDto(link),
  save: (em, link) => em.save(link.row),
};

/** The entry of a change of a link names its two ends too. */
const mentionEnds = (link: AnyLink, c: Change) => c.mention(toLinkDto(link).sourceId, toLinkDto(link).targetId);

@Injectable()
export class LinksService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  list(planId: string, kind?: LinkKind): Promise<LinkDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      const supports = kind === 'contributes' ? [] : await em.find(SupportLink, { where: { planId }, order: { createdAt: 'ASC' } });
      const contributions = kind === 'supports' ? [] : await em.find(ContributionLink, { where: { planId }, order: { createdAt: 'ASC' } });
      return [
        ...supports.map((row) => toLinkDto({ kind: 'supports', row })),
        ...contributions.map((row) => toLinkDto({ kind: 'contributes', row })),
      ];
    });
  }

  get(id: string): Promise<LinkDto> {
    return this.db.read(async (em) => toLinkDto(await findLink(em, id)));
  }

  create(actor: Actor, dto: CreateLinkDto): Promise<LinkDto> {
    return this.audit.change(actor, (c) => this.createIn(c, dto));
  }

  /** `create`'s steps inside a change already open (one change of an adjustment). */
  async createIn(c: Change, dto: CreateLinkDto): Promise<LinkDto> {
    const actor = c.actor;
    const em = c.em;
    const sourceId = dto.sourceId.toLowerCase();
    const targetId = dto.targetId.toLowerCase();
    const source = await resolveNode(em, sourceId);
    if (!source) throw ApiError.notFound('node', sourceId, 'sourceId');
    const target = await resolveNode(em, targetId);
    if (!target) throw ApiError.notFound('node', targetId, 'targetId');
    // Whether the caller may link from this end comes before whether the link is allowed or new.
    // Links start at a focus area or an action: who may change neither is refused whatever the ends.
    if (source.kind === 'focusArea') allow(actor, await ownerOfRow(em, 'supportLink', { focusAreaId: sourceId }));
    else if (source.kind === 'action') allow(actor, await ownerOfRow(em, 'contributionLink', { actionId: sourceId }));
    else allow(actor, { do: 'drawLinks' });
    const existing =
      source.kind === 'focusArea'
        ? (await em.find(SupportLink, { where: { focusAreaId: sourceId, aimingPointId: targetId } })).map(() => ({ sourceId, targetId }))
        : source.kind === 'action'
          ? (await em.find(ContributionLink, { where: { actionId: sourceId, focusAreaId: targetId } })).map(() => ({
              sourceId,
              targetId,
            }))
          : [];
    const kind = must(checkNewLink(source, target, existing));
    // A link belongs to its source: a focus area's committee, an action's unit.
    if (dto.kind != null && dto.kind !== kind) {
      throw ApiError.at(
        ERROR_CODES.linkKindForbidden,
        `A link from this ${source.kind} to this ${target.kind} is "${kind}", not "${dto.kind}".`,
        'kind',
        `must be ${kind}`,
      );
    }
    samePlan(source.planId, dto.planId, 'the plan of both ends');
    const id = randomUUID();
    c.describe('link', 'link', id).mention(sourceId, targetId);
    await c.touch(kind === 'supports' ? 'support_link' : 'contribution_link', id);
    const common = {
      id,
      planId: source.planId,
      rationale: dto.rationale ?? '',
      strength: dto.strength ?? 2,
      example: dto.example ?? false,
    };
    if (kind === 'supports') {
      await em.insert(SupportLink, { ...common, focusAreaId: sourceId, aimingPointId: targetId });
    } else {
      await em.insert(ContributionLink, { ...common, actionId: sourceId, focusAreaId: targetId });
    }
    return toLinkDto(await findLink(em, id));
  }

  update(actor: Actor, id: string, dto: UpdateLinkDto, ifMatch: IfMatch): Promise<LinkDto> {
    return updateRow(this.audit, actor, LINKS, id, ifMatch, { check: mentionEnds, apply: (link) => applyPatch(link.row, dto) });
  }

  /** Removes a link, softly: it leaves the map and can be restored from its history. */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    return this.audit.change(actor, (c) => this.removeIn(c, id, ifMatch));
  }

  /** `remove`'s steps inside a change already open. */
  removeIn(c: Change, id: string, ifMatch: IfMatch): Promise<void> {
    return removeRowIn(this.audit, c, LINKS, id, ifMatch, { action: 'unlink', check: mentionEnds });
  }
}

import { ERROR_CODES } from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { ApiError } from '../../common/api-error';
import { Committee } from '../committees/committee.entity';
import type { DecisionDto, DecisionInputDto } from './dto/decision.dto';

/** A decision as stored: the committee's id only. */
export type StoredDecision = { decidedBy: 'committee' | 'council'; committeeId: string | null; decidedAt: string; caseNumber: string };

/**
 * Checks a decision against its plan: a committee's decision names a committee
 * of the plan, the council's none. Refusals name `<field>.committeeId`.
 */
export async function checkDecision(em: EntityManager, planId: string, d: DecisionInputDto, field = 'decision'): Promise<StoredDecision> {
  const committeeId = d.committeeId?.toLowerCase() ?? null;
  if (d.decidedBy === 'committee') {
    if (!committeeId) throw ApiError.invalid(`${field}.committeeId`, 'required', 'a committee’s decision names the committee');
    const committee = await em.findOne(Committee, { where: { id: committeeId } });
    if (!committee) throw ApiError.notFound('committee', committeeId, `${field}.committeeId`);
    if (committee.planId !== planId)
      throw ApiError.at(
        ERROR_CODES.acrossPlans,
        'The committee must belong to the plan.',
        `${field}.committeeId`,
        'committee of another plan',
      );
  } else if (committeeId) {
    throw ApiError.invalid(`${field}.committeeId`, 'not_allowed', 'the council’s decision names no committee');
  }
  return { decidedBy: d.decidedBy, committeeId, decidedAt: d.decidedAt, caseNumber: d.caseNumber.trim() };
}

/** A stored decision as the API answers it, with its committee's name. */
export async function decisionDto(em: EntityManager, d: StoredDecision): Promise<DecisionDto> {
  const committee = d.committeeId ? await em.findOne(Committee, { where: { id: d.committeeId }, withDeleted: true }) : null;
  return { ...d, committeeName: committee?.name ?? null };
}

import { Injectable } from '@nestjs/common';
import {
  checkIndicatorShape,
  DEFAULT_GRACE_DAYS,
  ERROR_CODES,
  FieldError,
  IndicatorShape,
  indicatorProblems,
  LongTermTarget,
  measuresProblems,
  normalTargetPath,
  RuleResult,
} from '@kompas/domain';
import { EntityManager } from 'typeorm';
import { ApiError, must, samePlan } from '../../common/api-error';
import { applyPatch, findOr404 } from '../../common/find';
import { Database } from '../../database/database';
import { ownerOfRow } from '../auth/ownership';
import type { IfMatch } from '../../common/versions';
import { AuditService } from '../audit/audit.service';
import { Actor, allow, Change } from '../audit/change';
import { createRow, entityRows, removeRow, updateRowIn } from '../audit/row-writes';
import { Action } from '../actions/action.entity';
import { AimingPoint } from '../aiming-points/aiming-point.entity';
import { FocusArea } from '../focus-areas/focus-area.entity';
import { refuseIfObservations } from '../observations/observation-guard';
import { Observation } from '../observations/observation.entity';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entities';
import { CreateIndicatorDto, IndicatorDto, UpdateIndicatorDto } from './dto/indicator.dto';
import { Indicator } from './indicator.entity';
import { longTermTargetOf, referenceOf, toIndicatorDto } from './indicator.mapper';

export { toIndicatorDto } from './indicator.mapper';

const INDICATORS = entityRows(Indicator, 'indicator', {
  kind: 'indicator',
  table: 'indicator',
  owner: (em, i) => ownerOfRow(em, 'indicator', i),
  toDto: toIndicatorDto,
});

/** What only numbers have: a PATCH may clear them, and turning an indicator qualitative drops them. */
const NULLABLE = ['unit', 'direction', 'baselineValue', 'baselineDate', 'responsibleUserId'];
const NUMBERS_ONLY = ['unit', 'direction', 'baselineValue', 'baselineDate'] as const;

type NewIndicator = Omit<Indicator, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt'>;
type Measures = { aimingPointId: string | null; focusAreaId: string | null; actionId: string | null; measuresVision: boolean };

/** 400 `validation_failed` with every problem, each naming its field. */
function refuse(details: FieldError[]): never {
  const fields = [...new Set(details.map((d) => d.field))].join(', ');
  throw new ApiError(ERROR_CODES.validationFailed, `The request has invalid fields: ${fields}.`, details);
}

/** Where a request gave the long-term target by its older names, problems are named by those. */
function aliasField(field: string, aliased: boolean): string {
  if (!aliased) return field;
  if (field === 'longTermTarget.date') return 'targetDate';
  if (field === 'longTermTarget' || field.startsWith('longTermTarget.')) return 'targetValue';
  return field;
}

/** `targetValue`/`targetDate` are another way to give `longTermTarget`, not a second one. */
function aliasProblems(dto: CreateIndicatorDto | UpdateIndicatorDto): FieldError[] {
  if (dto.longTermTarget === undefined) return [];
  return (['targetValue', 'targetDate'] as const)
    .filter((f) => dto[f] !== undefined)
    .map((field) => ({
      field,
      code: 'alias_conflict',
      message: `give the long-term target either as longTermTarget or as ${field}, not both`,
    }));
}

const usesAlias = (dto: CreateIndicatorDto | UpdateIndicatorDto) => dto.targetValue !== undefined || dto.targetDate !== undefined;

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  list(planId: string, filter: { aimingPointId?: string; focusAreaId?: string; actionId?: string }): Promise<IndicatorDto[]> {
    return this.db.read(async (em) => {
      await findOr404(em, Plan, planId, 'plan', 'planId');
      const rows = await em.find(Indicator, { where: { planId, ...filter }, order: { title: 'ASC' } });
      return rows.map(toIndicatorDto);
    });
  }

  get(id: string): Promise<IndicatorDto> {
    return this.db.read(async (em) => toIndicatorDto(await findOr404(em, Indicator, id, 'indicator')));
  }

  create(actor: Actor, dto: CreateIndicatorDto): Promise<IndicatorDto> {
    const measures: Measures = {
      aimingPointId: dto.aimingPointId?.toLowerCase() ?? null,
      focusAreaId: dto.focusAreaId?.toLowerCase() ?? null,
      actionId: dto.actionId?.toLowerCase() ?? null,
      measuresVision: dto.measuresVision === true,
    };
    // Without exactly one thing it measures there is no owner to ask: that is refused first.
    const measured = measuresProblems(measures);
    if (measured.length) refuse(measured);
    if (measures.measuresVision && dto.planId == null) {
      refuse([{ field: 'planId', code: 'required', message: 'an indicator of the vision names its plan' }]);
    }
    const aliases = aliasProblems(dto);
    if (aliases.length) refuse(aliases);
    const aliased = usesAlias(dto);
    if (aliased && dto.targetValue == null && dto.targetDate != null) {
      refuse([{ field: 'targetValue', code: 'required', message: 'a target date needs a target value' }]);
    }
    return createRow(this.audit, actor, INDICATORS, async (c, id) => {
      const em = c.em;
      const plan = await planOfMeasured(em, measures, dto.planId);
      const row: NewIndicator = {
        planId: plan.id,
        aimingPointId: measures.aimingPointId,
        focusAreaId: measures.focusAreaId,
        actionId: measures.actionId,
        title: dto.title,
        description: dto.description ?? '',
        type: dto.type,
        evidenceKind: dto.evidenceKind,
        cadence: dto.cadence,
        unit: dto.unit ?? null,
        direction: dto.direction ?? null,
        baselineValue: dto.baselineValue ?? null,
        baselineDate: dto.baselineDate ?? null,
        targetValue: null,
        targetDate: null,
        targets: [],
        referenceName: dto.reference?.name ?? null,
        referenceSource: dto.reference ? (dto.reference.source ?? '') : null,
        graceDays: dto.graceDays ?? DEFAULT_GRACE_DAYS,
        responsibleUserId: dto.responsibleUserId?.toLowerCase() ?? null,
        example: dto.example ?? false,
      };
      allow(actor, await ownerOfRow(em, 'indicator', row));
      samePlan(plan.id, dto.planId, 'the plan of what it measures');
      const target = dto.longTermTarget !== undefined ? dto.longTermTarget : aliasTarget(dto.targetValue, dto.targetDate, plan);
      setLongTermTarget(row, target);
      checkRules(row, dto.targets ?? [], aliased);
      row.targets = normalTargetPath(dto.targets ?? []);
      await checkResponsible(em, row.responsibleUserId);
      await em.insert(Indicator, { ...row, id });
    });
  }

  update(actor: Actor, id: string, dto: UpdateIndicatorDto, ifMatch: IfMatch): Promise<IndicatorDto> {
    return this.audit.change(actor, (c) => this.updateIn(c, id, dto, ifMatch));
  }

  /** `update`'s steps inside a change already open (one change of an adjustment). */
  updateIn(c: Change, id: string, dto: UpdateIndicatorDto, ifMatch: IfMatch): Promise<IndicatorDto> {
    const aliases = aliasProblems(dto);
    if (aliases.length) refuse(aliases);
    if (dto.targets === null) refuse([{ field: 'targets', code: 'required', message: 'give [] for no target path' }]);
    const aliased = usesAlias(dto);
    const { targets, longTermTarget, targetValue, targetDate, reference, responsibleUserId, ...rest } = dto;
    return updateRowIn(this.audit, c, INDICATORS, id, ifMatch, {
      apply: async (row, c) => {
        const em = c.em;
        const hadReference = row.referenceName !== null;
        applyPatch(
          row,
          { ...rest, ...(responsibleUserId !== undefined ? { responsibleUserId: responsibleUserId?.toLowerCase() ?? null } : {}) },
          NULLABLE,
        );
        if (longTermTarget !== undefined) setLongTermTarget(row, longTermTarget);
        else if (aliased) {
          const value = targetValue !== undefined ? targetValue : row.targetValue;
          const date = targetDate !== undefined ? targetDate : row.targetDate;
          if (value === null && targetDate != null) {
            refuse([{ field: 'targetValue', code: 'required', message: 'a target date needs a target value' }]);
          }
          setLongTermTarget(row, aliasTarget(value, date, await findOr404(em, Plan, row.planId, 'plan')));
        }
        if (reference !== undefined) {
          row.referenceName = reference?.name ?? null;
          row.referenceSource = reference ? (reference.source ?? '') : null;
        }
        // Turning a quantitative indicator qualitative drops what only numbers have.
        if (dto.type === 'qualitative') {
          for (const f of NUMBERS_ONLY) if (!(f in dto)) (row as unknown as Record<string, null>)[f] = null;
          if (targets === undefined) row.targets = [];
          if (longTermTarget === undefined && !aliased) setLongTermTarget(row, null);
          if (reference === undefined) [row.referenceName, row.referenceSource] = [null, null];
        }
        if (hadReference && row.referenceName === null) await refuseIfReferenceObservations(em, row.id);
        const path = targets ?? row.targets;
        checkRules(row, path, aliased);
        row.targets = normalTargetPath(path);
        if (responsibleUserId !== undefined) await checkResponsible(em, row.responsibleUserId);
      },
    });
  }

  /** Deletes an indicator, softly; one with observations is refused: its data stays in the plan. */
  remove(actor: Actor, id: string, ifMatch: IfMatch): Promise<void> {
    return removeRow(this.audit, actor, INDICATORS, id, ifMatch, {
      apply: (_row, c) => refuseIfObservations(c.em, { id }, 'indicator', 'its data stays in the plan'),
    });
  }
}

/** The long-term target the older names give: a value, dated by `targetDate` or else the plan's last day. */
function aliasTarget(value: number | null | undefined, date: string | null | undefined, plan: Plan): LongTermTarget | null {
  return value == null ? null : { value, date: date ?? plan.periodEnd };
}

function setLongTermTarget(row: Pick<Indicator, 'targetValue' | 'targetDate'>, target: LongTermTarget | null): void {
  row.targetValue = target?.value ?? null;
  row.targetDate = target?.date ?? null;
}

/**
 * The rules of an indicator as it would be stored: 400 naming each field
 * (what it measures, targets, quantitative-only fields), then the 422 rules of
 * its numbers; named by `targetValue`/`targetDate` where the request used them.
 */
function checkRules(row: NewIndicator, targets: IndicatorShape['targets'], aliased: boolean) {
  const shape: IndicatorShape = {
    ...row,
    // What it measures was checked before (and never changes): none of the three set is the vision.
    measuresVision: !(row.aimingPointId || row.focusAreaId || row.actionId),
    targets,
    longTermTarget: longTermTargetOf(row.targetValue, row.targetDate),
    reference: referenceOf(row.referenceName, row.referenceSource),
  };
  const problems = indicatorProblems(shape);
  if (problems.length) refuse(problems.map((p) => ({ ...p, field: aliasField(p.field, aliased) })));
  const numbers: RuleResult<true> = checkIndicatorShape(shape);
  if (!numbers.ok) must({ ...numbers, field: numbers.field && aliasField(numbers.field, aliased) });
}

/** The responsible person is an active user (400 naming `responsibleUserId` otherwise). */
async function checkResponsible(em: EntityManager, userId: string | null): Promise<void> {
  if (userId === null) return;
  const user = await em.findOne(User, { where: { id: userId }, select: { id: true, active: true } });
  if (!user?.active) {
    refuse([{ field: 'responsibleUserId', code: user ? 'inactive_user' : 'unknown_user', message: 'must be an active user' }]);
  }
}

/** The reference series stays while it has observations: they are never deleted. */
async function refuseIfReferenceObservations(em: EntityManager, indicatorId: string): Promise<void> {
  const count = await em.count(Observation, { where: { indicatorId, series: 'reference' } });
  if (count > 0) {
    throw ApiError.at(
      ERROR_CODES.inUse,
      `This indicator's reference series has ${count} recorded observation(s), which are never deleted; keep the reference.`,
      'reference',
      'has recorded observations',
    );
  }
}

/** The plan of what an indicator measures (a 404 names the field that named it). */
async function planOfMeasured(em: EntityManager, m: Measures, planId: string | undefined): Promise<Plan> {
  const inPlan = async (row: { planId: string }) => findOr404(em, Plan, row.planId, 'plan', 'planId');
  if (m.aimingPointId) return inPlan(await findOr404(em, AimingPoint, m.aimingPointId, 'aiming point', 'aimingPointId'));
  if (m.focusAreaId) return inPlan(await findOr404(em, FocusArea, m.focusAreaId, 'focus area', 'focusAreaId'));
  if (m.actionId) return inPlan(await findOr404(em, Action, m.actionId, 'action', 'actionId'));
  return findOr404(em, Plan, (planId as string).toLowerCase(), 'plan', 'planId');
}

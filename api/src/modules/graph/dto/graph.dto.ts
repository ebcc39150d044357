import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  ActionNode,
  ActionStatus,
  AimingPointNode,
  CADENCES,
  Cadence,
  Direction,
  DIRECTIONS,
  EDGE_KINDS,
  EdgeKind,
  EVIDENCE_KINDS,
  EvidenceKind,
  CodedPeriod,
  FOCUS_AREA_STATUSES,
  Freshness,
  FRESHNESS_STATES,
  FreshnessState,
  FocusAreaNode,
  FocusAreaStatus,
  GraphEdge,
  IndicatorNode,
  INDICATOR_TYPES,
  IndicatorType,
  Judgement,
  JUDGEMENTS,
  LatestObservation,
  MEASURED_KINDS,
  MeasuredKind,
  NeverDueReason,
  NodeKind,
  OBSERVATION_SERIES,
  ObservationSeries,
  PLAN_STATUSES,
  PlanGraph,
  PlanStatus,
  TargetEntry,
  VisionNode,
} from '@kompas/domain';
import { FixedTargetDto, LongTermTargetDto, ReferenceSeriesDto, RelativeTargetDto, TARGETS_SCHEMA } from '../../indicators/dto/target.dto';

/**
 * The graph's answer, one class per node kind. Each class implements the
 * shape in @kompas/domain, so a field added there and not here (or the other
 * way round) fails to compile.
 */
abstract class GraphNodeDto<K extends NodeKind> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  abstract kind: K;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Demo data, not a council decision.' }) example!: boolean;
  @ApiProperty({ description: 'Send it back as `If-Match` to change or delete the node.', example: 1 }) version!: number;
}

export class VisionNodeDto extends GraphNodeDto<'vision'> implements VisionNode {
  @ApiProperty({ enum: ['vision'] }) kind!: 'vision';
  @ApiProperty() organisation!: string;
  @ApiProperty({ example: 'Kommunalbestyrelsen', description: 'What the plan calls the council that owns the vision' })
  councilName!: string;
  @ApiProperty() statement!: string;
  @ApiProperty({ type: [String] }) motivations!: string[];
  @ApiProperty({ enum: PLAN_STATUSES }) status!: PlanStatus;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
}

export class AimingPointNodeDto extends GraphNodeDto<'aimingPoint'> implements AimingPointNode {
  @ApiProperty({ enum: ['aimingPoint'] }) kind!: 'aimingPoint';
  @ApiProperty() ambition!: string;
  @ApiProperty({ description: 'Its place among the plan’s aiming points, from 1' }) position!: number;
}

export class FocusAreaNodeDto extends GraphNodeDto<'focusArea'> implements FocusAreaNode {
  @ApiProperty({ enum: ['focusArea'] }) kind!: 'focusArea';
  @ApiProperty({ format: 'uuid' }) committeeId!: string;
  @ApiProperty() committeeName!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) coOwnerCommitteeIds!: string[];
  @ApiProperty({ description: 'Its priority within the owning committee, from 1' }) rank!: number;
  @ApiProperty({ enum: FOCUS_AREA_STATUSES }) status!: FocusAreaStatus;
}

export class ActionNodeDto extends GraphNodeDto<'action'> implements ActionNode {
  @ApiProperty({ enum: ['action'] }) kind!: 'action';
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ nullable: true, type: String }) responsiblePerson!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endDate!: string | null;
}

/** An indicator's newest current observation of one series (corrections replace what they correct). */
export class LatestObservationDto implements LatestObservation {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: OBSERVATION_SERIES }) series!: ObservationSeries;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty({ nullable: true, type: String }) narrative!: string | null;
  @ApiProperty({ nullable: true, enum: JUDGEMENTS }) judgement!: Judgement | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

/** A period of an indicator's cadence, with its code. */
export class CodedPeriodDto implements CodedPeriod {
  @ApiProperty({ example: '2026K1', description: 'Its period code (as observations are recorded with)' }) code!: string;
  @ApiProperty({ format: 'date', description: 'Its first day' }) start!: string;
  @ApiProperty({ format: 'date', description: 'Its last day' }) end!: string;
}

export class NextDueDto {
  @ApiProperty({ type: CodedPeriodDto }) period!: CodedPeriodDto;
  @ApiProperty({ format: 'date' }) dueDate!: string;
}

const NEVER_DUE_REASONS: NeverDueReason[] = ['planNotAdopted', 'actionStopped', 'actionCompleted', 'focusAreaRetired'];

/** Whether an indicator's data is due today (Copenhagen's day). */
export class FreshnessDto implements Freshness {
  @ApiProperty({
    enum: FRESHNESS_STATES,
    description:
      'neverDue: its plan is not adopted, or what it measures is stopped, completed or retired; notYetDue: no period it owes a value for has ended; fresh: the latest ended period has a current value; due: it has none and the grace is running; overdue: the grace has passed.',
  })
  state!: FreshnessState;
  @ApiProperty({
    nullable: true,
    type: CodedPeriodDto,
    description: 'The latest ended period it owes a value for (notYetDue: the first one); null when neverDue',
  })
  period!: CodedPeriodDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'The day that period’s value is due by' })
  dueDate!: string | null;
  @ApiProperty({ nullable: true, type: NextDueDto, description: 'The next value still to come and its due date' })
  next!: NextDueDto | null;
  @ApiProperty({ nullable: true, enum: NEVER_DUE_REASONS, description: 'Why it is never due' }) why!: NeverDueReason | null;
}

@ApiExtraModels(FixedTargetDto, RelativeTargetDto)
export class IndicatorNodeDto extends GraphNodeDto<'indicator'> implements IndicatorNode {
  @ApiProperty({ enum: ['indicator'] }) kind!: 'indicator';
  @ApiProperty({
    format: 'uuid',
    description: 'The node it measures: the vision (the plan’s id), an aiming point, a focus area or an action',
  })
  measuresId!: string;
  @ApiProperty({ enum: MEASURED_KINDS, description: 'The kind of node it measures' }) measures!: MeasuredKind;
  @ApiProperty({ enum: INDICATOR_TYPES }) type!: IndicatorType;
  @ApiProperty({ enum: EVIDENCE_KINDS }) evidenceKind!: EvidenceKind;
  @ApiProperty({ enum: CADENCES }) cadence!: Cadence;
  @ApiProperty({ nullable: true, type: String }) unit!: string | null;
  @ApiProperty({ nullable: true, enum: DIRECTIONS }) direction!: Direction | null;
  @ApiProperty({ nullable: true, type: Number }) baselineValue!: number | null;
  @ApiProperty({ ...TARGETS_SCHEMA, description: 'The target path, ordered by period' }) targets!: TargetEntry[];
  @ApiProperty({ nullable: true, type: LongTermTargetDto }) longTermTarget!: LongTermTargetDto | null;
  @ApiProperty({ nullable: true, type: ReferenceSeriesDto }) reference!: ReferenceSeriesDto | null;
  @ApiProperty({ description: 'Days after a period ends before its value is due' }) graceDays!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The responsible person, if any' })
  responsibleUserId!: string | null;
  @ApiProperty({ nullable: true, type: LatestObservationDto, description: 'The newest current observation of its own series' })
  latest!: LatestObservationDto | null;
  @ApiProperty({ nullable: true, type: LatestObservationDto, description: 'The newest current observation of its reference series' })
  latestReference!: LatestObservationDto | null;
  @ApiProperty({ type: FreshnessDto }) freshness!: FreshnessDto;
}

export class GraphEdgeDto implements GraphEdge {
  @ApiProperty({ description: 'A drawn link’s id; for partOf and measures, derived from the source node’s id' }) id!: string;
  @ApiProperty({
    enum: EDGE_KINDS,
    description:
      'partOf: aiming point → vision; supports: focus area → aiming point; contributes: action → focus area; measures: indicator → what it measures (the vision, an aiming point, a focus area or an action).',
  })
  kind!: EdgeKind;
  @ApiProperty({ format: 'uuid' }) source!: string;
  @ApiProperty({ format: 'uuid' }) target!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Drawn links only (supports, contributes)' }) rationale!: string | null;
  @ApiProperty({ nullable: true, type: Number, minimum: 1, maximum: 3, description: 'Drawn links only' }) strength!: number | null;
  @ApiProperty() example!: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Drawn links only: send it as If-Match to change or delete the link' })
  version!: number | null;
}

const NODE_DTOS: Record<NodeKind, abstract new () => GraphNodeDto<NodeKind>> = {
  vision: VisionNodeDto,
  aimingPoint: AimingPointNodeDto,
  focusArea: FocusAreaNodeDto,
  action: ActionNodeDto,
  indicator: IndicatorNodeDto,
};

@ApiExtraModels(...Object.values(NODE_DTOS))
export class PlanGraphDto implements PlanGraph {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({
    type: 'array',
    description: 'Every node of the plan; `kind` says which of the shapes it has.',
    items: {
      oneOf: Object.values(NODE_DTOS).map((dto) => ({ $ref: getSchemaPath(dto) })),
      discriminator: {
        propertyName: 'kind',
        mapping: Object.fromEntries(Object.entries(NODE_DTOS).map(([kind, dto]) => [kind, getSchemaPath(dto)])),
      },
    },
  })
  nodes!: (VisionNodeDto | AimingPointNodeDto | FocusAreaNodeDto | ActionNodeDto | IndicatorNodeDto)[];
  @ApiProperty({ type: [GraphEdgeDto] }) edges!: GraphEdgeDto[];
}

import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  ActionStatus,
  CADENCES,
  Cadence,
  Direction,
  DIRECTIONS,
  DocAction,
  DocAimingPoint,
  DocCommittee,
  DocFocusArea,
  DocIndicator,
  DocLink,
  DocObservation,
  DocPlan,
  DocUnit,
  EVIDENCE_KINDS,
  EvidenceKind,
  FOCUS_AREA_STATUSES,
  FocusAreaStatus,
  INDICATOR_TYPES,
  IndicatorType,
  Judgement,
  JUDGEMENTS,
  LINK_KINDS,
  MAX_GRACE_DAYS,
  OBSERVATION_SERIES,
  ObservationSeries,
  PLAN_DOCUMENT_FORMAT,
  PLAN_DOCUMENT_VERSION,
  PLAN_STATUSES,
  PlanDocument,
  PlanStatus,
  TargetEntry,
} from '@kompas/domain';
import { SectionDto } from '../../../common/dto';
import { FixedTargetDto, LongTermTargetDto, ReferenceSeriesDto, RelativeTargetDto, TARGETS_SCHEMA } from '../../indicators/dto/target.dto';

/**
 * The plan document as the export answers it (docs/plan-format.md). Each class
 * implements the shape in @kompas/domain, so the two cannot drift apart
 * unnoticed. `id` fields are keys local to the document.
 */

const LOCAL_ID = { description: 'A key local to the document' };
const LOCAL_REF = (what: string) => ({ description: `The local key of ${what}` });

export class DocPlanDto implements DocPlan {
  @ApiProperty() organisation!: string;
  @ApiProperty({ example: 'Kommunalbestyrelsen', description: 'What the plan calls the council' }) councilName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() visionStatement!: string;
  @ApiProperty({ type: [String], description: 'The "Fordi vi vil …" lines, in order' }) motivations!: string[];
  @ApiProperty({ type: [SectionDto], description: 'Further sections of the vision document, in order' }) sections!: SectionDto[];
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: PlanStatus;
  @ApiProperty() example!: boolean;
}

export class DocAimingPointDto implements DocAimingPoint {
  @ApiProperty(LOCAL_ID) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() ambition!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: [SectionDto] }) sections!: SectionDto[];
  @ApiProperty() example!: boolean;
}

export class DocCommitteeDto implements DocCommittee {
  @ApiProperty(LOCAL_ID) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() shortName!: string;
  @ApiProperty({ type: [String] }) coreAreas!: string[];
  @ApiProperty() example!: boolean;
}

export class DocUnitDto implements DocUnit {
  @ApiProperty(LOCAL_ID) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String, ...LOCAL_REF('the unit above it') }) parentId!: string | null;
  @ApiProperty() example!: boolean;
}

export class DocFocusAreaDto implements DocFocusArea {
  @ApiProperty(LOCAL_ID) id!: string;
  @ApiProperty(LOCAL_REF('the owning committee')) committeeId!: string;
  @ApiProperty({ type: [String], ...LOCAL_REF('each co-owning committee') }) coOwnerCommitteeIds!: string[];
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ minimum: 1, description: '1-based, unique and gap-free within the owning committee' }) rank!: number;
  @ApiProperty({ enum: FOCUS_AREA_STATUSES }) status!: FocusAreaStatus;
  @ApiProperty() example!: boolean;
}

export class DocActionDto implements DocAction {
  @ApiProperty(LOCAL_ID) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty(LOCAL_REF('the responsible unit')) unitId!: string;
  @ApiProperty({ nullable: true, type: String }) responsiblePerson!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endDate!: string | null;
  @ApiProperty() example!: boolean;
}

@ApiExtraModels(FixedTargetDto, RelativeTargetDto)
export class DocIndicatorDto implements DocIndicator {
  @ApiProperty(LOCAL_ID) id!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'What it measures: exactly one of aimingPointId, focusAreaId, actionId set, or measuresVision true',
  })
  aimingPointId!: string | null;
  @ApiProperty({ nullable: true, type: String }) focusAreaId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actionId!: string | null;
  @ApiProperty() measuresVision!: boolean;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: INDICATOR_TYPES }) type!: IndicatorType;
  @ApiProperty({ enum: EVIDENCE_KINDS }) evidenceKind!: EvidenceKind;
  @ApiProperty({ enum: CADENCES }) cadence!: Cadence;
  @ApiProperty({ nullable: true, type: String, description: 'Quantitative only' }) unit!: string | null;
  @ApiProperty({ nullable: true, enum: DIRECTIONS }) direction!: Direction | null;
  @ApiProperty({ nullable: true, type: Number }) baselineValue!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) baselineDate!: string | null;
  @ApiProperty({ ...TARGETS_SCHEMA, description: 'Quantitative only: the target path' }) targets!: TargetEntry[];
  @ApiProperty({ nullable: true, type: LongTermTargetDto }) longTermTarget!: LongTermTargetDto | null;
  @ApiProperty({ nullable: true, type: ReferenceSeriesDto }) reference!: ReferenceSeriesDto | null;
  @ApiProperty({ minimum: 0, maximum: MAX_GRACE_DAYS }) graceDays!: number;
  @ApiProperty() example!: boolean;
}

export class DocObservationDto implements DocObservation {
  @ApiProperty(LOCAL_ID) id!: string;
  @ApiProperty(LOCAL_REF('the indicator')) indicatorId!: string;
  @ApiProperty({ enum: OBSERVATION_SERIES }) series!: ObservationSeries;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty({ nullable: true, type: String }) narrative!: string | null;
  @ApiProperty({ nullable: true, enum: JUDGEMENTS }) judgement!: Judgement | null;
  @ApiProperty({ nullable: true, type: String }) sourceNote!: string | null;
  @ApiProperty({ format: 'date-time', description: 'When it was recorded, in UTC' }) recordedAt!: string;
  @ApiProperty({ nullable: true, type: String, ...LOCAL_REF('the observation this one corrects') }) supersedesId!: string | null;
  @ApiProperty() example!: boolean;
}

export class DocLinkDto implements DocLink {
  @ApiProperty(LOCAL_ID) id!: string;
  @ApiProperty({ enum: LINK_KINDS }) kind!: DocLink['kind'];
  @ApiProperty({ description: 'supports: a focus area; contributes: an action' }) sourceId!: string;
  @ApiProperty({ description: 'supports: an aiming point; contributes: a focus area' }) targetId!: string;
  @ApiProperty() rationale!: string;
  @ApiProperty({ enum: [1, 2, 3] }) strength!: DocLink['strength'];
  @ApiProperty() example!: boolean;
}

export class PlanDocumentDto implements PlanDocument {
  @ApiProperty({ enum: [PLAN_DOCUMENT_FORMAT] }) format!: typeof PLAN_DOCUMENT_FORMAT;
  @ApiProperty({ enum: [PLAN_DOCUMENT_VERSION] }) version!: typeof PLAN_DOCUMENT_VERSION;
  @ApiProperty({ type: DocPlanDto }) plan!: DocPlanDto;
  @ApiProperty({ type: [DocAimingPointDto] }) aimingPoints!: DocAimingPointDto[];
  @ApiProperty({ type: [DocCommitteeDto] }) committees!: DocCommitteeDto[];
  @ApiProperty({ type: [DocUnitDto] }) units!: DocUnitDto[];
  @ApiProperty({ type: [DocFocusAreaDto] }) focusAreas!: DocFocusAreaDto[];
  @ApiProperty({ type: [DocActionDto] }) actions!: DocActionDto[];
  @ApiProperty({ type: [DocIndicatorDto] }) indicators!: DocIndicatorDto[];
  @ApiProperty({ type: [DocObservationDto] }) observations!: DocObservationDto[];
  @ApiProperty({ type: [DocLinkDto] }) links!: DocLinkDto[];
}

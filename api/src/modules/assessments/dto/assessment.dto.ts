import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_KINDS, EvidenceKind, MAX_EVIDENCE_IDS, MAX_REASON, MAX_REFLECTION } from '@kompas/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { HasVisibleText, IsCalendarDate } from '../../../common/validators';
import { DecisionDto, DecisionInputDto } from '../../adjustments/dto/decision.dto';

export const ASSESSMENT_STATUSES = ['onTrack', 'atRisk', 'offTrack'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const PROPOSAL_STATES = ['none', 'open', 'answered', 'declined'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export class EvidenceInputDto {
  @ApiProperty({ required: false, type: [String], format: 'uuid', maxItems: MAX_EVIDENCE_IDS, description: 'Indicators of the plan' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVIDENCE_IDS)
  @IsUUID('all', { each: true })
  indicatorIds?: string[];

  @ApiProperty({
    required: false,
    type: [String],
    format: 'uuid',
    maxItems: MAX_EVIDENCE_IDS,
    description: "Observations of the plan's indicators",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_EVIDENCE_IDS)
  @IsUUID('all', { each: true })
  observationIds?: string[];

  @ApiProperty({ required: false, enum: EVIDENCE_KINDS, isArray: true, description: 'The kinds of evidence it rests on' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EVIDENCE_KINDS.length)
  @IsIn(EVIDENCE_KINDS, { each: true })
  kinds?: EvidenceKind[];
}

export class CreateAssessmentDto {
  @ApiProperty({ format: 'uuid', description: 'An aiming point, focus area or action' })
  @IsUUID('all')
  nodeId!: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ enum: ASSESSMENT_STATUSES })
  @IsIn(ASSESSMENT_STATUSES)
  status!: AssessmentStatus;

  @ApiProperty({ minLength: 1, maxLength: MAX_REFLECTION })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_REFLECTION)
  @HasVisibleText()
  reflection!: string;

  @ApiProperty({ required: false, type: EvidenceInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceInputDto)
  evidence?: EvidenceInputDto;

  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    maxLength: MAX_REFLECTION,
    description: 'An adjustment it proposes, in words',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_REFLECTION)
  proposedAdjustment?: string | null;
}

export class DeclineProposalDto {
  @ApiProperty({ type: DecisionInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionInputDto)
  decision!: DecisionInputDto;

  /** Read, like every change's reason, into the trail entry's reason before validation (required here). */
  @ApiProperty({ minLength: 1, maxLength: MAX_REASON, description: 'Why: required; it is also the trail entry’s reason' })
  @IsOptional()
  @IsString()
  reason?: string;
}

export class AssessmentListQuery {
  @ApiProperty({ required: false, enum: PROPOSAL_STATES, description: 'Only assessments whose proposal is in this state' })
  @IsOptional()
  @IsIn(PROPOSAL_STATES)
  proposal?: ProposalState;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description: "Only assessments of this committee's focus areas and of the actions contributing to them",
  })
  @IsOptional()
  @IsUUID('all')
  committeeId?: string;
}

export class EvidenceDto {
  @ApiProperty({ type: [String], format: 'uuid' }) indicatorIds!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) observationIds!: string[];
  @ApiProperty({ enum: EVIDENCE_KINDS, isArray: true }) kinds!: EvidenceKind[];
}

export class AnsweredByDto {
  @ApiProperty({ format: 'uuid' }) adjustmentId!: string;
  @ApiProperty({ format: 'uuid' }) groupId!: string;
}

export class DeclinedDto {
  @ApiProperty({ type: DecisionDto }) decision!: DecisionDto;
  @ApiProperty() reason!: string;
  @ApiProperty() byName!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class AssessmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ format: 'uuid' }) nodeId!: string;
  @ApiProperty({ enum: ['aimingPoint', 'focusArea', 'action'] }) nodeKind!: 'aimingPoint' | 'focusArea' | 'action';
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) status!: AssessmentStatus;
  @ApiProperty() reflection!: string;
  @ApiProperty({ type: EvidenceDto }) evidence!: EvidenceDto;
  @ApiProperty({ nullable: true, type: String }) proposedAdjustment!: string | null;
  @ApiProperty({
    enum: PROPOSAL_STATES,
    description: 'none: nothing proposed; open until an adjustment answers it or a decision declines it',
  })
  proposal!: ProposalState;
  @ApiProperty({ nullable: true, type: AnsweredByDto }) answeredBy!: AnsweredByDto | null;
  @ApiProperty({ nullable: true, type: DeclinedDto }) declined!: DeclinedDto | null;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

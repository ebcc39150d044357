import { ApiProperty } from '@nestjs/swagger';
import { ACTION_STATUSES, FOCUS_AREA_STATUSES, MAX_ADJUSTMENT_CHANGES, MAX_REASON } from '@kompas/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../../common/validators';
import { LongTermTargetDto, TARGETS_SCHEMA } from '../../indicators/dto/target.dto';
import { DecisionDto, DecisionInputDto } from './decision.dto';

export const CHANGE_KINDS = [
  'focusAreaRank',
  'focusAreaStatus',
  'targets',
  'actionStatus',
  'actionScope',
  'actionDates',
  'linkAdd',
  'linkRemove',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const ADJUSTMENT_STATES = ['pending', 'applied'] as const;
export type AdjustmentState = (typeof ADJUSTMENT_STATES)[number];

/**
 * One change of an adjustment, as documented: `kind` says which fields it
 * takes. Each is checked like its single edit (the same fields, rules and
 * permission); `version` is the version of the row it changes, as read.
 */
export class AdjustmentChangeDto {
  @ApiProperty({ enum: CHANGE_KINDS }) kind!: ChangeKind;
  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'The focus area, indicator (targets), action or link (linkRemove); not for linkAdd',
  })
  id?: string;
  @ApiProperty({ required: false, type: Number, description: 'The version of that row, as read; not for linkAdd' }) version?: number;
  @ApiProperty({ required: false, type: Number, description: 'focusAreaRank: the new rank (1 = first)' }) rank?: number;
  @ApiProperty({
    required: false,
    enum: [...new Set([...FOCUS_AREA_STATUSES, ...ACTION_STATUSES])],
    description: 'focusAreaStatus, actionStatus',
  })
  status?: string;
  @ApiProperty({ ...TARGETS_SCHEMA, required: false, description: 'targets: the target path, as on an indicator' })
  targets?: unknown[];
  @ApiProperty({
    required: false,
    nullable: true,
    type: LongTermTargetDto,
    description: 'targets: the long-term target, as on an indicator',
  })
  longTermTarget?: unknown;
  @ApiProperty({ required: false, type: String, description: 'actionScope' }) title?: string;
  @ApiProperty({ required: false, type: String, description: 'actionScope' }) description?: string;
  @ApiProperty({ required: false, nullable: true, type: String, format: 'date', description: 'actionDates' }) startDate?: string | null;
  @ApiProperty({ required: false, nullable: true, type: String, format: 'date', description: 'actionDates' }) endDate?: string | null;
  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'linkAdd: a focus area (to an aiming point) or an action (to a focus area)',
  })
  from?: string;
  @ApiProperty({ required: false, format: 'uuid', description: 'linkAdd' }) to?: string;
  @ApiProperty({ required: false, type: String, description: 'linkAdd' }) rationale?: string;
  @ApiProperty({ required: false, type: Number, description: 'linkAdd: 1 to 3' }) strength?: number;
}

export class CreateAdjustmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  planId!: string;

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

  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The assessment whose open proposal this answers',
  })
  @IsOptional()
  @IsUUID('all')
  answersAssessmentId?: string | null;

  @ApiProperty({ type: [AdjustmentChangeDto], minItems: 1, maxItems: MAX_ADJUSTMENT_CHANGES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ADJUSTMENT_CHANGES)
  @IsObject({ each: true })
  changes!: Record<string, unknown>[];
}

export class AdjustmentListQuery {
  @ApiProperty({ required: false, enum: ADJUSTMENT_STATES })
  @IsOptional()
  @IsIn(ADJUSTMENT_STATES)
  state?: AdjustmentState;

  @ApiProperty({ required: false, format: 'uuid', description: 'Decided by this committee, or its part' })
  @IsOptional()
  @IsUUID('all')
  committeeId?: string;

  @ApiProperty({ required: false, format: 'date', description: 'Decided on or after this day' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiProperty({ required: false, format: 'date', description: 'Decided on or before this day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class AdjustmentOwnerDto {
  @ApiProperty({ enum: ['committee', 'unit', 'plan'] }) kind!: 'committee' | 'unit' | 'plan';
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class AdjustmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'Shared by every part of one decision' }) groupId!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ type: DecisionDto }) decision!: DecisionDto;
  @ApiProperty() reason!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) answersAssessmentId!: string | null;
  @ApiProperty({ type: [AdjustmentChangeDto] }) changes!: Record<string, unknown>[];
  @ApiProperty({ type: AdjustmentOwnerDto }) owner!: AdjustmentOwnerDto;
  @ApiProperty({ enum: ADJUSTMENT_STATES }) state!: AdjustmentState;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() createdByName!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) appliedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) appliedByName!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The trail entry that applied it (or recorded it, while pending)' })
  auditSeq!: number | null;
}

export class CreatedAdjustmentDto {
  @ApiProperty({ format: 'uuid' }) groupId!: string;
  @ApiProperty({ type: [AdjustmentDto] }) adjustments!: AdjustmentDto[];
}

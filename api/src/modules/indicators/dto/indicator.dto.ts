import { ApiExtraModels, ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import {
  CADENCES,
  Cadence,
  DEFAULT_GRACE_DAYS,
  Direction,
  DIRECTIONS,
  EVIDENCE_KINDS,
  EvidenceKind,
  INDICATOR_TYPES,
  IndicatorType,
  MAX_GRACE_DAYS,
  MAX_SHORT_TEXT,
  MAX_TARGETS,
  MAX_TEXT,
  TargetEntry,
} from '@kompas/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ExampleProperty, OptionalTextProperty, RowDto, TitleProperty } from '../../../common/dto';
import { IsCalendarDate } from '../../../common/validators';
import {
  FixedTargetDto,
  LongTermTargetDto,
  MeasuredDto,
  ReferenceInputDto,
  ReferenceSeriesDto,
  RelativeTargetDto,
  TARGETS_SCHEMA,
  TargetEntryInputDto,
} from './target.dto';

const finite = { allowNaN: false, allowInfinity: false };
const MEASURED = (what: string) => ({
  required: false,
  nullable: true,
  type: String,
  format: 'uuid',
  description: `The ${what} it measures. Give exactly one of aimingPointId, focusAreaId, actionId or measuresVision: true.`,
});

@ApiExtraModels(FixedTargetDto, RelativeTargetDto)
export class CreateIndicatorDto {
  @ApiProperty({
    required: false,
    format: 'uuid',
    description:
      'The plan: required with measuresVision; otherwise optional (an indicator belongs to the plan of what it measures; if given, it must be that plan).',
  })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiProperty(MEASURED('aiming point'))
  @IsOptional()
  @IsUUID()
  aimingPointId?: string | null;

  @ApiProperty(MEASURED('focus area'))
  @IsOptional()
  @IsUUID()
  focusAreaId?: string | null;

  @ApiProperty(MEASURED('action'))
  @IsOptional()
  @IsUUID()
  actionId?: string | null;

  @ApiProperty({ required: false, default: false, description: 'true: it measures the vision, the plan itself (give planId).' })
  @IsOptional()
  @IsBoolean()
  measuresVision?: boolean;

  @TitleProperty('Elevernes generelle trivsel')
  title!: string;

  @OptionalTextProperty(MAX_TEXT)
  description?: string;

  @ApiProperty({ enum: INDICATOR_TYPES })
  @IsIn(INDICATOR_TYPES)
  type!: IndicatorType;

  @ApiProperty({
    enum: EVIDENCE_KINDS,
    description: 'dialogue with citizens and businesses, staff assessment, case-system data, survey, statistics',
  })
  @IsIn(EVIDENCE_KINDS)
  evidenceKind!: EvidenceKind;

  @ApiProperty({ enum: CADENCES })
  @IsIn(CADENCES)
  cadence!: Cadence;

  @ApiProperty({ required: false, nullable: true, type: String, example: 'point (1–5)', description: 'Quantitative only.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_SHORT_TEXT)
  unit?: string | null;

  @ApiProperty({ required: false, nullable: true, enum: DIRECTIONS, description: 'Quantitative only.' })
  @IsOptional()
  @IsIn(DIRECTIONS)
  direction?: Direction | null;

  @ApiProperty({ required: false, nullable: true, type: Number })
  @IsOptional()
  @IsNumber(finite)
  baselineValue?: number | null;

  @ApiProperty({ required: false, nullable: true, type: String, format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  baselineDate?: string | null;

  @ApiProperty({
    required: false,
    ...TARGETS_SCHEMA,
    maxItems: MAX_TARGETS,
    description:
      'Quantitative only. The target path: per period a value, or a relation to the reference series (`atMost`/`atLeast` it plus `offset`, which needs `reference`); one entry per period.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TARGETS)
  @ValidateNested({ each: true })
  @Type(() => TargetEntryInputDto)
  targets?: TargetEntryInputDto[];

  @ApiProperty({ required: false, nullable: true, type: LongTermTargetDto, description: 'Quantitative only.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LongTermTargetDto)
  longTermTarget?: LongTermTargetDto | null;

  @ApiProperty({
    required: false,
    nullable: true,
    type: Number,
    description: 'Another way to give `longTermTarget.value` (not with `longTermTarget`); without `targetDate` the date is the plan’s end.',
  })
  @IsOptional()
  @IsNumber(finite)
  targetValue?: number | null;

  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    format: 'date',
    description: 'Another way to give `longTermTarget.date`, with `targetValue` (not with `longTermTarget`).',
  })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string | null;

  @ApiProperty({
    required: false,
    nullable: true,
    type: ReferenceInputDto,
    description:
      'Quantitative only: a series to compare with, e.g. the national average; its observations are recorded with `series: "reference"`.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferenceInputDto)
  reference?: ReferenceInputDto | null;

  @ApiProperty({
    required: false,
    default: DEFAULT_GRACE_DAYS,
    minimum: 0,
    maximum: MAX_GRACE_DAYS,
    description: 'Days after a period ends before its value is due.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_GRACE_DAYS)
  graceDays?: number;

  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The responsible person: an active user who may record and correct its observations (and nothing more).',
  })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string | null;

  @ExampleProperty()
  example?: boolean;
}

/** What an indicator measures is fixed; make a new indicator to measure something else. */
export class UpdateIndicatorDto extends PartialType(
  OmitType(CreateIndicatorDto, ['aimingPointId', 'focusAreaId', 'actionId', 'measuresVision', 'planId'] as const),
) {}

@ApiExtraModels(FixedTargetDto, RelativeTargetDto)
export class IndicatorDto extends RowDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ type: MeasuredDto, description: 'What it measures: the vision (the plan), an aiming point, a focus area or an action' })
  measures!: MeasuredDto;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) aimingPointId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) focusAreaId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actionId!: string | null;
  @ApiProperty() measuresVision!: boolean;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: INDICATOR_TYPES }) type!: IndicatorType;
  @ApiProperty({ enum: EVIDENCE_KINDS }) evidenceKind!: EvidenceKind;
  @ApiProperty({ enum: CADENCES }) cadence!: Cadence;
  @ApiProperty({ nullable: true, type: String }) unit!: string | null;
  @ApiProperty({ nullable: true, enum: DIRECTIONS }) direction!: Direction | null;
  @ApiProperty({ nullable: true, type: Number }) baselineValue!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) baselineDate!: string | null;
  @ApiProperty({ ...TARGETS_SCHEMA, description: 'The target path, ordered by period' }) targets!: TargetEntry[];
  @ApiProperty({ nullable: true, type: LongTermTargetDto }) longTermTarget!: LongTermTargetDto | null;
  @ApiProperty({ nullable: true, type: ReferenceSeriesDto }) reference!: ReferenceSeriesDto | null;
  @ApiProperty({ minimum: 0, maximum: MAX_GRACE_DAYS }) graceDays!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The responsible person, if any' })
  responsibleUserId!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Read-only: longTermTarget’s value' }) targetValue!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'Read-only: longTermTarget’s date' })
  targetDate!: string | null;
}

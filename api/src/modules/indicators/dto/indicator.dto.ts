import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import {
  CADENCES,
  Cadence,
  Direction,
  DIRECTIONS,
  EVIDENCE_KINDS,
  EvidenceKind,
  INDICATOR_TYPES,
  IndicatorType,
  MAX_SHORT_TEXT,
  MAX_TEXT,
} from '@kompas/domain';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ExampleProperty, OptionalTextProperty, RowDto, TitleProperty } from '../../../common/dto';
import { IsCalendarDate } from '../../../common/validators';

const finite = { allowNaN: false, allowInfinity: false };

export class CreateIndicatorDto {
  @ApiProperty({
    required: false,
    format: 'uuid',
    description: 'Optional: an indicator belongs to the plan of what it measures; if given, it must be that plan.',
  })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The focus area it measures (or give actionId).',
  })
  @IsOptional()
  @IsUUID()
  focusAreaId?: string | null;

  @ApiProperty({
    required: false,
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The action it measures (or give focusAreaId).',
  })
  @IsOptional()
  @IsUUID()
  actionId?: string | null;

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

  @ApiProperty({ required: false, nullable: true, type: Number })
  @IsOptional()
  @IsNumber(finite)
  targetValue?: number | null;

  @ApiProperty({ required: false, nullable: true, type: String, format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  targetDate?: string | null;

  @ExampleProperty()
  example?: boolean;
}

/** What an indicator measures is fixed; make a new indicator to measure something else. */
export class UpdateIndicatorDto extends PartialType(OmitType(CreateIndicatorDto, ['focusAreaId', 'actionId', 'planId'] as const)) {}

export class IndicatorDto extends RowDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) focusAreaId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actionId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: INDICATOR_TYPES }) type!: IndicatorType;
  @ApiProperty({ enum: EVIDENCE_KINDS }) evidenceKind!: EvidenceKind;
  @ApiProperty({ enum: CADENCES }) cadence!: Cadence;
  @ApiProperty({ nullable: true, type: String }) unit!: string | null;
  @ApiProperty({ nullable: true, enum: DIRECTIONS }) direction!: Direction | null;
  @ApiProperty({ nullable: true, type: Number }) baselineValue!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) baselineDate!: string | null;
  @ApiProperty({ nullable: true, type: Number }) targetValue!: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) targetDate!: string | null;
}

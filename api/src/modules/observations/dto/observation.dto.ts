import { ApiProperty } from '@nestjs/swagger';
import { Judgement, JUDGEMENTS, MAX_TEXT, OBSERVATION_SERIES, ObservationSeries, PERIOD_CODES_ACCEPTED } from '@kompas/domain';
import { IsIn, IsNumber, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ExampleProperty, OptionalTextProperty } from '../../../common/dto';
import { IsCalendarDate, IsPeriodCode } from '../../../common/validators';

export class CreateObservationDto {
  @ApiProperty({
    required: false,
    enum: OBSERVATION_SERIES,
    default: 'actual',
    description:
      'Whose value it is: the indicator’s own (`actual`) or its reference series’ (`reference`, only for an indicator with one).',
  })
  @IsOptional()
  @IsIn(OBSERVATION_SERIES)
  series?: ObservationSeries;

  @ApiProperty({
    required: false,
    example: '2026K1',
    description: `The period as a code. ${PERIOD_CODES_ACCEPTED} Or give periodStart and periodEnd.`,
  })
  @IsOptional()
  @IsString()
  @IsPeriodCode()
  period?: string;

  @ApiProperty({
    required: false,
    format: 'date',
    description: `First day of the period, with periodEnd its last. ${PERIOD_CODES_ACCEPTED}`,
  })
  @IsOptional()
  @IsCalendarDate()
  periodStart?: string;

  @ApiProperty({ required: false, format: 'date', description: 'Last day of the period.' })
  @IsOptional()
  @IsCalendarDate()
  periodEnd?: string;

  @ApiProperty({ required: false, nullable: true, type: Number, description: 'Required for a quantitative indicator.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number | null;

  @ApiProperty({ required: false, nullable: true, type: String, description: 'Required for a qualitative indicator.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TEXT)
  narrative?: string | null;

  @ApiProperty({ required: false, nullable: true, enum: JUDGEMENTS })
  @IsOptional()
  @IsIn(JUDGEMENTS)
  judgement?: Judgement | null;

  @OptionalTextProperty(MAX_TEXT, { nullable: true, type: String, example: 'Danmarks Statistik, FOLK1A' })
  sourceNote?: string | null;

  @ExampleProperty()
  example?: boolean;
}

/** A correction: fields left out are taken from the observation it supersedes; it keeps its series. */
export class SupersedeObservationDto extends CreateObservationDto {}

/** Who recorded an observation, by their name at the time. */
export class RecordedByDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ObservationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) indicatorId!: string;
  @ApiProperty({ enum: OBSERVATION_SERIES }) series!: ObservationSeries;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({
    example: '2026K1',
    nullable: true,
    type: String,
    description: 'The period as a code (2026, 2026H1, 2026K1, 2026M03 or the day); null for a span that is none of these.',
  })
  period!: string | null;
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty({ nullable: true, type: String }) narrative!: string | null;
  @ApiProperty({ nullable: true, enum: JUDGEMENTS }) judgement!: Judgement | null;
  @ApiProperty({ nullable: true, type: String }) sourceNote!: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The observation this one corrects.' })
  supersedesId!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The observation that corrects this one.' })
  supersededById!: string | null;
  @ApiProperty() example!: boolean;
  @ApiProperty({
    nullable: true,
    type: RecordedByDto,
    description: 'Who recorded it (a correction: who corrected), from the trail; null for what Kompas itself recorded (the demo plan).',
  })
  recordedBy!: RecordedByDto | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The reason given when it was recorded (for a correction: why), from the trail; send it as `reason` with the request.',
  })
  reason!: string | null;
}

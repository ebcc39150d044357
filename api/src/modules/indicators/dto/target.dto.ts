import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import {
  LongTermTarget,
  MAX_TEXT,
  MAX_TITLE,
  MEASURED_KINDS,
  Measured,
  MeasuredKind,
  ReferenceSeries,
  TARGET_RELATIONS,
  TargetRelation,
} from '@kompas/domain';
import { IsIn, IsNumber, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalTextProperty, TitleProperty } from '../../../common/dto';
import { IsCalendarDate } from '../../../common/validators';

const finite = { allowNaN: false, allowInfinity: false };
const PERIOD_DOC = { example: '2026', description: 'A period code: 2026 (year), 2026K1 or 2026Q1 (quarter), 2026M03 (month), or a day.' };

/** A step of a target path: a value for a period. */
export class FixedTargetDto {
  @ApiProperty(PERIOD_DOC) period!: string;
  @ApiProperty({ example: 59.2, description: 'In the indicator’s unit' }) value!: number;
}

/** A step of a target path: at most or at least the reference series, give or take an offset, for a period. */
export class RelativeTargetDto {
  @ApiProperty(PERIOD_DOC) period!: string;
  @ApiProperty({ enum: TARGET_RELATIONS, description: 'atMost or atLeast the reference series plus the offset' })
  relation!: TargetRelation;
  @ApiProperty({ example: 0.5, description: 'In the indicator’s unit; 0 for the reference itself' }) offset!: number;
}

/** The target path in the OpenAPI document: each entry one of the two forms. */
export const TARGETS_SCHEMA = {
  type: 'array' as const,
  items: { oneOf: [{ $ref: getSchemaPath(FixedTargetDto) }, { $ref: getSchemaPath(RelativeTargetDto) }] },
};

/**
 * A target entry as a request gives it: a period and either a value, or a
 * relation and an offset. Which combinations make an entry, and the period
 * codes, are checked by `targetPathProblems` in @kompas/domain.
 */
export class TargetEntryInputDto {
  @IsString()
  @MaxLength(16)
  period!: string;

  @IsOptional()
  @IsNumber(finite)
  value?: number | null;

  @IsOptional()
  @IsIn(TARGET_RELATIONS)
  relation?: TargetRelation | null;

  @IsOptional()
  @IsNumber(finite)
  offset?: number | null;
}

@ApiExtraModels(FixedTargetDto, RelativeTargetDto)
export class LongTermTargetDto implements LongTermTarget {
  @ApiProperty({ example: 49500, description: 'In the indicator’s unit' })
  @IsNumber(finite)
  value!: number;

  @ApiProperty({ format: 'date', example: '2029-12-31' })
  @IsCalendarDate()
  date!: string;
}

/** A series to compare with, as a request gives it. */
export class ReferenceInputDto {
  @TitleProperty('Hele landet')
  name!: string;

  @OptionalTextProperty(MAX_TEXT, {
    example: 'Danmarks Statistik, AULK01',
    description: 'Where its values come from (empty when left out).',
  })
  source?: string;
}

export class ReferenceSeriesDto implements ReferenceSeries {
  @ApiProperty({ example: 'Hele landet', maxLength: MAX_TITLE }) name!: string;
  @ApiProperty({ example: 'Danmarks Statistik, AULK01' }) source!: string;
}

/** What an indicator measures. */
export class MeasuredDto implements Measured {
  @ApiProperty({ enum: MEASURED_KINDS }) kind!: MeasuredKind;
  @ApiProperty({ format: 'uuid', description: 'The plan’s id for the vision' }) id!: string;
}

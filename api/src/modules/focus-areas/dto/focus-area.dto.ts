import { ApiProperty, PartialType } from '@nestjs/swagger';
import { FOCUS_AREA_STATUSES, FocusAreaStatus, MAX_CO_OWNERS, MAX_FOCUS_AREA_ORDER, MAX_TEXT } from '@kompas/domain';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { ExampleProperty, OptionalTextProperty, RowDto, TitleProperty } from '../../../common/dto';

class FocusAreaFields {
  @ApiProperty({ format: 'uuid', description: 'The owning committee; the focus area belongs to its plan.' })
  @IsUUID()
  committeeId!: string;

  @ApiProperty({ required: false, type: [String], description: 'Committees that share the focus area ("på tværs").' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CO_OWNERS)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  coOwnerCommitteeIds?: string[];

  @TitleProperty('Trivsel i skolen')
  title!: string;

  @OptionalTextProperty(MAX_TEXT)
  description?: string;

  @ApiProperty({
    required: false,
    minimum: 1,
    description: 'Priority within the committee, 1 = highest (default: last). The others move to make room.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  rank?: number;

  @ApiProperty({ enum: FOCUS_AREA_STATUSES, required: false, default: 'proposed' })
  @IsOptional()
  @IsIn(FOCUS_AREA_STATUSES)
  status?: FocusAreaStatus;

  @ExampleProperty()
  example?: boolean;
}

export class CreateFocusAreaDto extends FocusAreaFields {
  @ApiProperty({
    required: false,
    format: 'uuid',
    description: "Optional: the focus area belongs to its committee's plan; if given, it must be that plan.",
  })
  @IsOptional()
  @IsUUID()
  planId?: string;
}

export class UpdateFocusAreaDto extends PartialType(FocusAreaFields) {}

export class FocusAreaOrderDto {
  @ApiProperty({ type: [String], description: "Every one of the committee's focus areas, highest priority first." })
  @IsArray()
  @ArrayMaxSize(MAX_FOCUS_AREA_ORDER)
  @IsUUID(undefined, { each: true })
  focusAreaIds!: string[];
}

export class FocusAreaDto extends RowDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ format: 'uuid' }) committeeId!: string;
  @ApiProperty({ type: [String] }) coOwnerCommitteeIds!: string[];
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty() rank!: number;
  @ApiProperty({ enum: FOCUS_AREA_STATUSES }) status!: FocusAreaStatus;
}

import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { ACTION_STATUSES, ActionStatus, MAX_TEXT, MAX_TITLE } from '@kompas/domain';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ExampleProperty, OptionalTextProperty, RowDto, TitleProperty } from '../../../common/dto';
import { IsCalendarDate } from '../../../common/validators';

export class CreateActionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planId!: string;

  @TitleProperty('Læsevenner i indskolingen')
  title!: string;

  @OptionalTextProperty(MAX_TEXT)
  description?: string;

  @ApiProperty({ format: 'uuid', description: 'The owning unit.' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ required: false, nullable: true, type: String, example: 'Jonas Kragh' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  responsiblePerson?: string | null;

  @ApiProperty({ enum: ACTION_STATUSES, required: false, default: 'identified' })
  @IsOptional()
  @IsIn(ACTION_STATUSES)
  status?: ActionStatus;

  @ApiProperty({ required: false, nullable: true, type: String, format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiProperty({ required: false, nullable: true, type: String, format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string | null;

  @ExampleProperty()
  example?: boolean;
}

/** An action stays in its plan; everything else can change. */
export class UpdateActionDto extends PartialType(OmitType(CreateActionDto, ['planId'] as const)) {}

export class ActionDto extends RowDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ nullable: true, type: String }) responsiblePerson!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endDate!: string | null;
}

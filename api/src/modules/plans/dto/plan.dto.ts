import { ApiProperty, PartialType } from '@nestjs/swagger';
import { DEFAULT_COUNCIL_NAME, MAX_TEXT, MAX_TITLE, PLAN_STATUSES, PlanStatus } from '@kompas/domain';
import { IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  ErrorDetailDto,
  ExampleProperty,
  OptionalTextProperty,
  RowDto,
  SectionDto,
  SectionsProperty,
  TitleProperty,
} from '../../../common/dto';
import { HasVisibleText, IsCalendarDate } from '../../../common/validators';

export class CreatePlanDto {
  @TitleProperty('Hedensted Kommune')
  organisation!: string;

  @ApiProperty({
    required: false,
    default: DEFAULT_COUNCIL_NAME,
    maxLength: MAX_TITLE,
    example: 'Byrådet',
    description: 'What the plan calls the council that owns the vision ("Kommunalbestyrelsen", "Byrådet", "Regionsrådet").',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  @HasVisibleText()
  councilName?: string;

  @TitleProperty('Hedensted – sammen om at skabe et liv i balance')
  title!: string;

  @OptionalTextProperty(MAX_TEXT, { example: 'I Hedensted Kommune tager vi ansvar sammen.' })
  visionStatement?: string;

  @ApiProperty({ required: false, type: [String], description: 'The "Fordi vi vil …" lines, in order.' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(MAX_TEXT, { each: true })
  motivations?: string[];

  @SectionsProperty('Further sections of the vision document, in order.')
  sections?: SectionDto[];

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsCalendarDate()
  periodStart!: string;

  @ApiProperty({ format: 'date', example: '2029-12-31' })
  @IsCalendarDate()
  periodEnd!: string;

  @ApiProperty({ enum: PLAN_STATUSES, required: false, default: 'draft' })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatus;

  @ExampleProperty()
  example?: boolean;
}

export class UpdatePlanDto extends PartialType(CreatePlanDto) {}

export class PlanDto extends RowDto {
  @ApiProperty() organisation!: string;
  @ApiProperty({ example: 'Kommunalbestyrelsen' }) councilName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() visionStatement!: string;
  @ApiProperty({ type: [String] }) motivations!: string[];
  @ApiProperty({ type: [SectionDto] }) sections!: SectionDto[];
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: PlanStatus;
}

export class ImportCountsDto {
  @ApiProperty() aimingPoints!: number;
  @ApiProperty() committees!: number;
  @ApiProperty({ description: 'Units created; units that already existed are reused.' }) units!: number;
  @ApiProperty() focusAreas!: number;
  @ApiProperty() actions!: number;
  @ApiProperty() indicators!: number;
  @ApiProperty() observations!: number;
  @ApiProperty() links!: number;
}

/** The new plan an import made, with what it holds. */
export class ImportResultDto extends PlanDto {
  @ApiProperty({ type: ImportCountsDto }) imported!: ImportCountsDto;
  @ApiProperty({ description: 'Units of the document that matched existing units (same name under the same parent).' })
  unitsReused!: number;
}

export class PlanRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

/** What importing a document would do (`POST /api/plans/import?dryRun=true`); nothing is written. */
export class ImportPreviewDto {
  @ApiProperty({ type: ImportCountsDto, description: 'The rows the import would create, as `imported` of the import counts them.' })
  counts!: ImportCountsDto;

  @ApiProperty({
    type: [ErrorDetailDto],
    description: 'The problems the import would refuse the document with (the same details); empty when it would import.',
  })
  problems!: ErrorDetailDto[];

  @ApiProperty({
    type: [PlanRefDto],
    description: 'Existing plans whose content equals the document, ids and timestamps aside (empty when it has problems).',
  })
  sameAs!: PlanRefDto[];
}

import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import {
  ExampleProperty,
  OptionalTextProperty,
  PositionProperty,
  RowDto,
  SectionDto,
  SectionsProperty,
  TitleProperty,
} from '../../../common/dto';
import { MAX_LONG_TEXT, MAX_TEXT } from '@kompas/domain';

class AimingPointFields {
  @TitleProperty('Forskellige sammen')
  title!: string;

  @OptionalTextProperty(MAX_TEXT, { example: 'Vi vil have stærke fællesskaber, hvor forskellighed og lokale løsninger er en styrke' })
  ambition?: string;

  @OptionalTextProperty(MAX_LONG_TEXT)
  body?: string;

  @SectionsProperty('Sub-sections of the body text, in order.')
  sections?: SectionDto[];

  @PositionProperty("Place among the plan's aiming points, 1-based (default: last).")
  position?: number;

  @ExampleProperty()
  example?: boolean;
}

export class CreateAimingPointDto extends AimingPointFields {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planId!: string;
}

export class UpdateAimingPointDto extends PartialType(AimingPointFields) {}

export class AimingPointDto extends RowDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() ambition!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: [SectionDto] }) sections!: SectionDto[];
  @ApiProperty() position!: number;
}

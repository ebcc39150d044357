import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ExampleProperty, RowDto, SectionDto, SectionsProperty } from '../../../common/dto';
import { MAX_LONG_TEXT, MAX_TEXT, MAX_TITLE } from '../../../common/validators';

class AimingPointFields {
  @ApiProperty({ example: 'Forskellige sammen' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  title!: string;

  @ApiProperty({ required: false, example: 'Vi vil have stærke fællesskaber, hvor forskellighed og lokale løsninger er en styrke' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT)
  ambition?: string;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_LONG_TEXT)
  body?: string;

  @SectionsProperty('Sub-sections of the body text, in order.')
  sections?: SectionDto[];

  @ApiProperty({ required: false, description: "Place among the plan's aiming points, 1-based (default: last)." })
  @IsOptional()
  @IsInt()
  @Min(1)
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

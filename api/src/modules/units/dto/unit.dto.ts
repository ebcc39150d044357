import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ExampleProperty, RowDto } from '../../../common/dto';
import { MAX_TITLE } from '../../../common/validators';

export class CreateUnitDto {
  @ApiProperty({ example: 'Skoledistrikt Juelsminde' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  name!: string;

  @ApiProperty({ required: false, nullable: true, format: 'uuid', description: 'The unit above this one (none for a top unit).' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ExampleProperty()
  example?: boolean;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {}

export class UnitDto extends RowDto {
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, format: 'uuid', type: String }) parentId!: string | null;
}

import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ExampleProperty, RowDto, TitleProperty } from '../../../common/dto';

export class CreateUnitDto {
  @TitleProperty('Skoledistrikt Juelsminde')
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

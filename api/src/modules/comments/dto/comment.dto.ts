import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_COMMENT } from '@kompas/domain';

export class CreateCommentDto {
  @ApiProperty({ example: 'Hvilke data viser, at indsatsen virker?', minLength: 1, maxLength: MAX_COMMENT })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_COMMENT)
  body!: string;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) nodeId!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

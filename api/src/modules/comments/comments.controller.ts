import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_COMMENT } from '@kompas/domain';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import type { Actor } from '../audit/change';
import { CurrentActor } from '../auth/auth.decorators';
import { CommentsService } from './comments.service';

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

@ApiTags('comments')
@Controller('nodes/:id/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  @Route("A node's comments, oldest first", { id: 'id', errors: [401, 404] })
  @ApiOkResponse({ type: [CommentDto] })
  list(@IdParam('node') id: string): Promise<CommentDto[]> {
    return this.comments.list(id);
  }

  @Post()
  @Route('Comment on a node (the vision, an aiming point, focus area, action or indicator): anyone who can read it may', {
    id: 'id',
    errors: [400, 401, 404],
  })
  @ApiCreatedResponse({ type: CommentDto })
  create(@CurrentActor() actor: Actor, @IdParam('node') id: string, @Body() dto: CreateCommentDto): Promise<CommentDto> {
    return this.comments.create(actor, id, dto.body);
  }
}

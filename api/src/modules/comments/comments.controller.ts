import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import type { Actor } from '../audit/change';
import { CurrentActor } from '../auth/auth.decorators';
import { CommentsService } from './comments.service';
import { CommentDto, CreateCommentDto } from './dto/comment.dto';

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

import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiError } from '../../common/api-error';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import type { Actor } from '../audit/change';
import { CurrentActor } from '../auth/auth.decorators';
import { DueService } from './due.service';
import { CommentReadDto, CommentReadResultDto, DueListDto } from './dto/due.dto';

@ApiTags('follow-up (til opfølgning)')
@Controller()
export class FollowUpController {
  constructor(private readonly due: DueService) {}

  @Get('plans/:planId/due')
  @Route(
    'What is waiting on a plan: its indicators whose data is due or overdue (today in Copenhagen), with owner, responsible person and due date, and comments that the people who answer for their nodes have not read',
    { id: 'planId', errors: [400, 401, 404] },
  )
  @ApiQuery({
    name: 'mine',
    required: false,
    type: Boolean,
    description:
      'true: only what the signed-in user answers for — as responsible person, or through their committees and units (administrators: the vision and aiming points) — and comments they have not read.',
  })
  @ApiOkResponse({ type: DueListDto })
  async list(@CurrentActor() actor: Actor, @IdParam('plan', 'planId') planId: string, @Query('mine') mine: unknown): Promise<DueListDto> {
    if (mine !== undefined && mine !== 'true' && mine !== 'false')
      throw ApiError.invalid('mine', 'is_boolean', 'mine must be true or false');
    const today = this.due.today();
    const items = await this.due.dueFor(planId, mine === 'true' ? actor.userId : null, today);
    return { planId, today, ...items };
  }

  @Post('nodes/:id/comments/read')
  @HttpCode(200)
  @Route(
    "Record that the signed-in user has read a node's comments up to a comment of it: they leave the user's follow-up list. Not plan data, so not in the trail",
    { id: 'id', errors: [400, 401, 404] },
  )
  @ApiOkResponse({ type: CommentReadResultDto })
  read(@CurrentActor() actor: Actor, @IdParam('node') id: string, @Body() dto: CommentReadDto): Promise<CommentReadResultDto> {
    return this.due.markRead(actor.userId as string, id, dto.lastCommentId.toLowerCase());
  }
}

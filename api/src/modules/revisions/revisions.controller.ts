import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import type { Actor } from '../audit/change';
import { CurrentActor } from '../auth/auth.decorators';
import { CreateRevisionDto, PlanDiffDto, RevisionDto } from './dto/revision.dto';
import { RevisionsService } from './revisions.service';

@ApiTags('plans')
@Controller('plans')
export class RevisionsController {
  constructor(private readonly revisions: RevisionsService) {}

  @Post(':planId/revisions')
  @Route('Adopt a revision: the whole plan as it is now, named and dated with its decision, kept as it is. Administrators and directors', {
    id: 'planId',
    errors: [400, 401, 403, 404],
  })
  @ApiCreatedResponse({ type: RevisionDto })
  create(@CurrentActor() actor: Actor, @IdParam('plan', 'planId') planId: string, @Body() dto: CreateRevisionDto): Promise<RevisionDto> {
    return this.revisions.create(actor, planId, dto);
  }

  @Get(':planId/revisions')
  @Route("A plan's revisions, newest first", { id: 'planId', errors: [404] })
  @ApiOkResponse({ type: [RevisionDto] })
  list(@IdParam('plan', 'planId') planId: string): Promise<RevisionDto[]> {
    return this.revisions.list(planId);
  }

  @Get(':planId/diff')
  @Route(
    'What changed between two moments of a plan (each a revision id, a date YYYY-MM-DD or `now`): nodes and links added, removed and changed field by field, priorities moved, targets eased or tightened, each with its reason or decision',
    { id: 'planId', errors: [400, 404, 422] },
  )
  @ApiQuery({
    name: 'from',
    required: false,
    type: String,
    description: 'A revision id, a date (YYYY-MM-DD) or `now`; without it, the latest revision',
  })
  @ApiQuery({ name: 'to', required: false, type: String, description: 'A revision id, a date (YYYY-MM-DD) or `now` (the default)' })
  @ApiOkResponse({ type: PlanDiffDto })
  diff(@IdParam('plan', 'planId') planId: string, @Query('from') from?: string, @Query('to') to?: string): Promise<PlanDiffDto> {
    return this.revisions.diff(planId, from, to);
  }
}

import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import type { Actor } from '../audit/change';
import { CurrentActor } from '../auth/auth.decorators';
import { AssessmentsService } from './assessments.service';
import { AssessmentDto, AssessmentListQuery, CreateAssessmentDto, DeclineProposalDto } from './dto/assessment.dto';

@ApiTags('assessments')
@Controller()
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Post('assessments')
  @Route(
    'Assess an aiming point, focus area or action: a status, a reflection, its evidence, optionally a proposed adjustment. Whoever may change the node, directors and administrators may',
    { errors: [400, 401, 403, 404, 422] },
  )
  @ApiCreatedResponse({ type: AssessmentDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAssessmentDto): Promise<AssessmentDto> {
    return this.assessments.create(actor, dto);
  }

  @Get('nodes/:nodeId/assessments')
  @Route("A node's assessments, newest first", { id: 'nodeId', errors: [404] })
  @ApiOkResponse({ type: [AssessmentDto] })
  listOfNode(@IdParam('node', 'nodeId') nodeId: string): Promise<AssessmentDto[]> {
    return this.assessments.listOfNode(nodeId);
  }

  @Get('plans/:planId/assessments')
  @Route("A plan's assessments, newest first: those with an open proposal, those of one committee", {
    id: 'planId',
    errors: [400, 404],
  })
  @ApiOkResponse({ type: [AssessmentDto] })
  listOfPlan(@IdParam('plan', 'planId') planId: string, @Query() q: AssessmentListQuery): Promise<AssessmentDto[]> {
    return this.assessments.listOfPlan(planId, q);
  }

  @Post('assessments/:id/decline')
  @HttpCode(200)
  @Route('Decline an open proposal, with the decision that declined it and why', { id: 'id', errors: [400, 403, 404, 409, 422] })
  @ApiOkResponse({ type: AssessmentDto })
  decline(@CurrentActor() actor: Actor, @IdParam('assessment') id: string, @Body() dto: DeclineProposalDto): Promise<AssessmentDto> {
    return this.assessments.decline(actor, id, dto);
  }
}

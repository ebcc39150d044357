import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import type { Actor } from '../audit/change';
import { CurrentActor } from '../auth/auth.decorators';
import { AdjustmentsService } from './adjustments.service';
import { AdjustmentDto, AdjustmentListQuery, CreateAdjustmentDto, CreatedAdjustmentDto } from './dto/adjustment.dto';

@ApiTags('adjustments')
@Controller()
export class AdjustmentsController {
  constructor(private readonly adjustments: AdjustmentsService) {}

  @Post('adjustments')
  @Route(
    'Record a decided adjustment and apply it in one transaction and one trail entry; a decision spanning owners is split into one part per owner, the parts the caller may make applied at once, the rest pending',
    { errors: [400, 403, 404, 409, 422] },
  )
  @ApiCreatedResponse({ type: CreatedAdjustmentDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAdjustmentDto): Promise<CreatedAdjustmentDto> {
    return this.adjustments.create(actor, dto);
  }

  @Post('adjustments/:id/apply')
  @HttpCode(200)
  @Route('Apply a pending part of an adjustment, by its owner: the decided changes on the rows as they are now', {
    id: 'id',
    errors: [400, 403, 404, 409, 422],
  })
  @ApiOkResponse({ type: AdjustmentDto })
  apply(@CurrentActor() actor: Actor, @IdParam('adjustment') id: string): Promise<AdjustmentDto> {
    return this.adjustments.apply(actor, id);
  }

  @Get('plans/:planId/adjustments')
  @Route("A plan's adjustments, newest decision first: by state, by committee, by the meeting's date", { id: 'planId', errors: [400, 404] })
  @ApiOkResponse({ type: [AdjustmentDto] })
  list(@IdParam('plan', 'planId') planId: string, @Query() q: AdjustmentListQuery): Promise<AdjustmentDto[]> {
    return this.adjustments.list(planId, q);
  }
}

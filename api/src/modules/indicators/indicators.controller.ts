import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { IfMatch } from '../../common/versions';
import type { Actor } from '../audit/change';
import { CurrentActor, IfMatchHeader } from '../auth/auth.decorators';
import { Route } from '../../common/api-docs';
import { IdParam, OptionalIdQuery } from '../../common/id.pipe';
import { CreateIndicatorDto, IndicatorDto, UpdateIndicatorDto } from './dto/indicator.dto';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller()
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get('plans/:planId/indicators')
  @Route("List a plan's indicators", { id: 'planId', errors: [400, 404] })
  @ApiQuery({ name: 'aimingPointId', required: false })
  @ApiQuery({ name: 'focusAreaId', required: false })
  @ApiQuery({ name: 'actionId', required: false })
  @ApiOkResponse({ type: [IndicatorDto] })
  list(
    @IdParam('plan', 'planId') planId: string,
    @OptionalIdQuery('aimingPointId') aimingPointId?: string,
    @OptionalIdQuery('focusAreaId') focusAreaId?: string,
    @OptionalIdQuery('actionId') actionId?: string,
  ): Promise<IndicatorDto[]> {
    const filter: { aimingPointId?: string; focusAreaId?: string; actionId?: string } = {};
    if (aimingPointId) filter.aimingPointId = aimingPointId;
    if (focusAreaId) filter.focusAreaId = focusAreaId;
    if (actionId) filter.actionId = actionId;
    return this.indicators.list(planId, filter);
  }

  @Post('indicators')
  @Route(
    'Create an indicator of the vision (measuresVision with planId), an aiming point, a focus area or an action: whoever may change what it measures may',
    { errors: [400, 401, 403, 404, 422] },
  )
  @ApiCreatedResponse({ type: IndicatorDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateIndicatorDto): Promise<IndicatorDto> {
    return this.indicators.create(actor, dto);
  }

  @Get('indicators/:id')
  @Route('Read an indicator', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: IndicatorDto })
  get(@IdParam('indicator') id: string): Promise<IndicatorDto> {
    return this.indicators.get(id);
  }

  @Patch('indicators/:id')
  @Route('Change an indicator', { id: 'id', errors: [400, 401, 403, 404, 412, 422, 428] })
  @ApiOkResponse({ type: IndicatorDto })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('indicator') id: string,
    @Body() dto: UpdateIndicatorDto,
    @IfMatchHeader() ifMatch: IfMatch,
  ): Promise<IndicatorDto> {
    return this.indicators.update(actor, id, dto, ifMatch);
  }

  @Delete('indicators/:id')
  @HttpCode(204)
  @Route('Delete an indicator that has no observations', { id: 'id', errors: [401, 403, 404, 409, 412, 428] })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam('indicator') id: string, @IfMatchHeader() ifMatch: IfMatch): Promise<void> {
    return this.indicators.remove(actor, id, ifMatch);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { IfMatch } from '../../common/versions';
import type { Actor } from '../audit/change';
import { CurrentActor, IfMatchHeader, Requires } from '../auth/auth.decorators';
import { Route } from '../../common/api-docs';
import { IdParam, OptionalIdQuery } from '../../common/id.pipe';
import { CreateFocusAreaDto, FocusAreaDto, FocusAreaOrderDto, UpdateFocusAreaDto } from './dto/focus-area.dto';
import { FocusAreasService } from './focus-areas.service';

@ApiTags('focus areas (fokusområder)')
@Controller()
export class FocusAreasController {
  constructor(private readonly focusAreas: FocusAreasService) {}

  @Get('plans/:planId/focus-areas')
  @Route("List a plan's focus areas by committee lane and priority", { id: 'planId', errors: [400, 404] })
  @ApiQuery({ name: 'committeeId', required: false, description: "Only this committee's focus areas" })
  @ApiOkResponse({ type: [FocusAreaDto] })
  list(@IdParam('plan', 'planId') planId: string, @OptionalIdQuery('committeeId') committeeId?: string): Promise<FocusAreaDto[]> {
    return this.focusAreas.list(planId, committeeId);
  }

  @Post('focus-areas')
  @Requires('editFocusArea')
  @Route('Create a focus area for a committee (at a priority, or last)', { errors: [400, 401, 403, 404, 422] })
  @ApiCreatedResponse({ type: FocusAreaDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateFocusAreaDto): Promise<FocusAreaDto> {
    return this.focusAreas.create(actor, dto);
  }

  @Get('focus-areas/:id')
  @Route('Read a focus area', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: FocusAreaDto })
  get(@IdParam('focus area') id: string): Promise<FocusAreaDto> {
    return this.focusAreas.get(id);
  }

  @Patch('focus-areas/:id')
  @Requires('editFocusArea')
  @Route('Change a focus area: texts, status, priority, owner, co-owners', { id: 'id', errors: [400, 401, 403, 404, 412, 422, 428] })
  @ApiOkResponse({ type: FocusAreaDto })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('focus area') id: string,
    @Body() dto: UpdateFocusAreaDto,
    @IfMatchHeader() ifMatch: IfMatch,
  ): Promise<FocusAreaDto> {
    return this.focusAreas.update(actor, id, dto, ifMatch);
  }

  @Put('committees/:id/focus-area-order')
  @Requires('editFocusArea')
  @Route("Set a committee's whole priority order; answers with its focus areas in the new order", {
    id: 'id',
    errors: [400, 401, 403, 404, 422],
  })
  @ApiOkResponse({ type: [FocusAreaDto] })
  reorder(@CurrentActor() actor: Actor, @IdParam('committee') id: string, @Body() dto: FocusAreaOrderDto): Promise<FocusAreaDto[]> {
    return this.focusAreas.reorder(actor, id, dto.focusAreaIds);
  }

  @Delete('focus-areas/:id')
  @Requires('editFocusArea')
  @HttpCode(204)
  @Route('Delete a focus area and its links (refused once it has observations: retire it)', {
    id: 'id',
    errors: [401, 403, 404, 409, 412, 428],
  })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam('focus area') id: string, @IfMatchHeader() ifMatch: IfMatch): Promise<void> {
    return this.focusAreas.remove(actor, id, ifMatch);
  }
}

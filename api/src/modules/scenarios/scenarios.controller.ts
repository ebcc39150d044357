import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiError } from '../../common/api-error';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { CreatedAdjustmentDto } from '../adjustments/dto/adjustment.dto';
import type { Actor } from '../audit/change';
import { CurrentActor } from '../auth/auth.decorators';
import type { HealthLanguage } from '../plan-health/plan-health.service';
import {
  ApplyScenarioDto,
  CreatedScenarioDto,
  CreateScenarioDto,
  ScenarioChangesDto,
  ScenarioDto,
  ScenarioPreviewDto,
  ScenarioSummaryDto,
} from './dto/scenario.dto';
import { ScenariosService } from './scenarios.service';

const LANGUAGES: readonly HealthLanguage[] = ['da', 'en'];

@ApiTags('scenarios')
@Controller()
export class ScenariosController {
  constructor(private readonly scenarios: ScenariosService) {}

  @Post('plans/:planId/scenarios')
  @Route('Start a private what-if scenario on a plan (directors and committee members); only its author ever sees it', {
    id: 'planId',
    errors: [400, 403, 404],
  })
  @ApiCreatedResponse({ type: CreatedScenarioDto })
  create(
    @CurrentActor() actor: Actor,
    @IdParam('plan', 'planId') planId: string,
    @Body() dto: CreateScenarioDto,
  ): Promise<CreatedScenarioDto> {
    return this.scenarios.create(actor, planId, dto);
  }

  @Get('plans/:planId/scenarios')
  @Route("The caller's own open scenarios on a plan, newest first; nobody else's", { id: 'planId', errors: [403, 404] })
  @ApiOkResponse({ type: [ScenarioSummaryDto] })
  list(@CurrentActor() actor: Actor, @IdParam('plan', 'planId') planId: string): Promise<ScenarioSummaryDto[]> {
    return this.scenarios.list(actor, planId);
  }

  @Get('scenarios/:id')
  @Route('A scenario with its staged changes, for its author to continue it; 404 for anyone else', { id: 'id', errors: [403, 404] })
  @ApiOkResponse({ type: ScenarioDto })
  get(@CurrentActor() actor: Actor, @IdParam('scenario') id: string): Promise<ScenarioDto> {
    return this.scenarios.get(actor, id);
  }

  @Put('scenarios/:id/changes')
  @Route("Stage a scenario's changes, in the adjustment's form, checked as an adjustment's without writing anything", {
    id: 'id',
    errors: [400, 403, 404, 409, 422],
  })
  @ApiOkResponse({ type: ScenarioDto })
  stage(@CurrentActor() actor: Actor, @IdParam('scenario') id: string, @Body() dto: ScenarioChangesDto): Promise<ScenarioDto> {
    return this.scenarios.stage(actor, id, dto.changes);
  }

  @Get('scenarios/:id/preview')
  @Route("The plan now and with the scenario's changes, side by side: the audit's findings and scores, and every node's health", {
    id: 'id',
    errors: [400, 403, 404],
  })
  @ApiQuery({ name: 'lang', required: false, enum: LANGUAGES, description: 'The language of the explanations; da when left out.' })
  @ApiOkResponse({ type: ScenarioPreviewDto })
  preview(@CurrentActor() actor: Actor, @IdParam('scenario') id: string, @Query('lang') lang: unknown): Promise<ScenarioPreviewDto> {
    if (lang !== undefined && !LANGUAGES.includes(lang as HealthLanguage)) throw ApiError.invalid('lang', 'is_in', 'lang must be da or en');
    return this.scenarios.preview(actor, id, (lang ?? 'da') as HealthLanguage);
  }

  @Post('scenarios/:id/apply')
  @Route(
    "Apply a scenario's changes as one decided adjustment, split per owner as adjustments are; 409 scenario_conflict lists the rows changed since they were staged",
    { id: 'id', errors: [400, 403, 404, 409, 422] },
  )
  @ApiCreatedResponse({ type: CreatedAdjustmentDto })
  apply(@CurrentActor() actor: Actor, @IdParam('scenario') id: string, @Body() dto: ApplyScenarioDto): Promise<CreatedAdjustmentDto> {
    return this.scenarios.apply(actor, id, dto);
  }

  @Delete('scenarios/:id')
  @HttpCode(204)
  @Route('Throw a scenario away: nothing in the plan or the trail changes', { id: 'id', errors: [403, 404] })
  @ApiNoContentResponse()
  discard(@CurrentActor() actor: Actor, @IdParam('scenario') id: string): Promise<void> {
    return this.scenarios.discard(actor, id);
  }
}

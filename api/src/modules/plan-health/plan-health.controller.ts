import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiError } from '../../common/api-error';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { PlanHealthDto } from './dto/plan-health.dto';
import { HealthLanguage, PlanHealthService } from './plan-health.service';

const LANGUAGES: readonly HealthLanguage[] = ['da', 'en'];

@ApiTags('plans')
@Controller('plans')
export class PlanHealthController {
  constructor(private readonly health: PlanHealthService) {}

  @Get(':planId/health')
  @Route(
    "Every node's health (on track, at risk, off track, no data), rolled up from its indicators and children, with the reasons and a sentence that explains them",
    { id: 'planId', errors: [400, 404] },
  )
  @ApiQuery({ name: 'lang', required: false, enum: LANGUAGES, description: 'The language of the explanations; da when left out.' })
  @ApiOkResponse({ type: PlanHealthDto })
  get(@IdParam('plan', 'planId') planId: string, @Query('lang') lang: unknown): Promise<PlanHealthDto> {
    if (lang !== undefined && !LANGUAGES.includes(lang as HealthLanguage)) throw ApiError.invalid('lang', 'is_in', 'lang must be da or en');
    return this.health.read(planId, (lang ?? 'da') as HealthLanguage);
  }
}

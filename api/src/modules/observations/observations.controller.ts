import { All, Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiExcludeEndpoint, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ERROR_CODES, isOneOf, OBSERVATION_SERIES } from '@kompas/domain';
import { ApiError } from '../../common/api-error';
import type { Actor } from '../audit/change';
import { CurrentActor } from '../auth/auth.decorators';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { CreateObservationDto, ObservationDto, SupersedeObservationDto } from './dto/observation.dto';
import { ObservationsService } from './observations.service';

@ApiTags('observations (målinger)')
@Controller()
export class ObservationsController {
  constructor(private readonly observations: ObservationsService) {}

  @Get('indicators/:id/observations')
  @Route("List an indicator's observations of both series (or of one, `?series=`), corrections included, oldest period first", {
    id: 'id',
    errors: [400, 404],
  })
  @ApiQuery({ name: 'series', required: false, enum: OBSERVATION_SERIES })
  @ApiOkResponse({ type: [ObservationDto] })
  list(@IdParam('indicator') id: string, @Query('series') series?: string): Promise<ObservationDto[]> {
    if (series !== undefined && !isOneOf(OBSERVATION_SERIES, series)) {
      throw ApiError.invalid('series', 'is_in', 'series must be actual or reference');
    }
    return this.observations.list(id, series);
  }

  @Post('indicators/:id/observations')
  @Route(
    'Record an observation of an indicator for one period, of its own series or (`series: "reference"`) of its reference series; its owner and its responsible person may. A period that already has a current observation of that series is answered 409 `observation_exists` with that observation\'s id in `existingId`: correct it instead',
    { id: 'id', errors: [400, 401, 403, 404, 409, 422] },
  )
  @ApiCreatedResponse({ type: ObservationDto })
  create(@CurrentActor() actor: Actor, @IdParam('indicator') id: string, @Body() dto: CreateObservationDto): Promise<ObservationDto> {
    return this.observations.create(actor, id, dto);
  }

  @Get('observations/:id')
  @Route('Read an observation', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: ObservationDto })
  get(@IdParam('observation') id: string): Promise<ObservationDto> {
    return this.observations.get(id);
  }

  @Post('observations/:id/supersede')
  @Route(
    'Correct an observation: records a new one that supersedes it, of the same indicator, series and period (else 422 `correction_mismatch`); both stay visible. The indicator’s owner and its responsible person may',
    {
      id: 'id',
      errors: [400, 401, 403, 404, 409, 422],
    },
  )
  @ApiCreatedResponse({ type: ObservationDto })
  supersede(
    @CurrentActor() actor: Actor,
    @IdParam('observation') id: string,
    @Body() dto: SupersedeObservationDto,
  ): Promise<ObservationDto> {
    return this.observations.supersede(actor, id, dto);
  }

  @All('observations/:id')
  @ApiExcludeEndpoint()
  immutable(): never {
    throw new ApiError(
      ERROR_CODES.methodNotAllowed,
      'Observations are never changed or deleted. Record a correction with POST /api/observations/{id}/supersede.',
    );
  }
}

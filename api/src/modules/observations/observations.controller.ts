import { All, Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiExcludeEndpoint, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ERROR_CODES } from '@kompas/domain';
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
  @Route("List an indicator's observations, corrections included, oldest period first", { id: 'id', errors: [404] })
  @ApiOkResponse({ type: [ObservationDto] })
  list(@IdParam('indicator') id: string): Promise<ObservationDto[]> {
    return this.observations.list(id);
  }

  @Post('indicators/:id/observations')
  @Route(
    "Record an observation of an indicator for one period. A period that already has a current observation of the indicator is answered 409 `observation_exists` with that observation's id in `existingId`: correct it instead",
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
    'Correct an observation: records a new one that supersedes it, of the same indicator and period (else 422 `correction_mismatch`); both stay visible',
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

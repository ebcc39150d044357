import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { CommitteesService } from './committees.service';
import { CommitteeDto, CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto';

@ApiTags('committees (udvalg)')
@Controller()
export class CommitteesController {
  constructor(private readonly committees: CommitteesService) {}

  @Get('plans/:planId/committees')
  @Route("List a plan's committees in lane order", { id: 'planId', errors: [404] })
  @ApiOkResponse({ type: [CommitteeDto] })
  list(@IdParam('plan', 'planId') planId: string): Promise<CommitteeDto[]> {
    return this.committees.list(planId);
  }

  @Post('committees')
  @Route('Create a committee in a plan', { errors: [400, 404] })
  @ApiCreatedResponse({ type: CommitteeDto })
  create(@Body() dto: CreateCommitteeDto): Promise<CommitteeDto> {
    return this.committees.create(dto);
  }

  @Get('committees/:id')
  @Route('Read a committee', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: CommitteeDto })
  get(@IdParam('committee') id: string): Promise<CommitteeDto> {
    return this.committees.get(id);
  }

  @Patch('committees/:id')
  @Route('Change a committee', { id: 'id', errors: [400, 404] })
  @ApiOkResponse({ type: CommitteeDto })
  update(@IdParam('committee') id: string, @Body() dto: UpdateCommitteeDto): Promise<CommitteeDto> {
    return this.committees.update(id, dto);
  }

  @Delete('committees/:id')
  @HttpCode(204)
  @Route('Delete a committee that owns no focus areas', { id: 'id', errors: [404, 409] })
  @ApiNoContentResponse()
  remove(@IdParam('committee') id: string): Promise<void> {
    return this.committees.remove(id);
  }
}

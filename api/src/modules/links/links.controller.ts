import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { LINK_KINDS } from '@kompas/domain';
import type { IfMatch } from '../../common/versions';
import type { Actor } from '../audit/change';
import { CurrentActor, IfMatchHeader } from '../auth/auth.decorators';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { CreateLinkDto, LinkDto, LinkListQuery, UpdateLinkDto } from './dto/link.dto';
import { LinksService } from './links.service';

@ApiTags('links')
@Controller()
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Get('plans/:planId/links')
  @Route("List a plan's links", { id: 'planId', errors: [400, 404] })
  @ApiQuery({ name: 'kind', required: false, enum: LINK_KINDS })
  @ApiOkResponse({ type: [LinkDto] })
  list(@IdParam('plan', 'planId') planId: string, @Query() query: LinkListQuery): Promise<LinkDto[]> {
    return this.links.list(planId, query.kind);
  }

  @Post('links')
  @Route('Link two nodes: an action contributes to a focus area, a focus area supports an aiming point', {
    errors: [400, 401, 403, 404, 409, 422],
  })
  @ApiCreatedResponse({ type: LinkDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateLinkDto): Promise<LinkDto> {
    return this.links.create(actor, dto);
  }

  @Get('links/:id')
  @Route('Read a link', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: LinkDto })
  get(@IdParam('link') id: string): Promise<LinkDto> {
    return this.links.get(id);
  }

  @Patch('links/:id')
  @Route("Change a link's rationale and strength", { id: 'id', errors: [400, 401, 403, 404, 412, 428] })
  @ApiOkResponse({ type: LinkDto })
  update(
    @CurrentActor() actor: Actor,
    @IdParam('link') id: string,
    @Body() dto: UpdateLinkDto,
    @IfMatchHeader() ifMatch: IfMatch,
  ): Promise<LinkDto> {
    return this.links.update(actor, id, dto, ifMatch);
  }

  @Delete('links/:id')
  @HttpCode(204)
  @Route('Remove a link', { id: 'id', errors: [401, 403, 404, 412, 428] })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam('link') id: string, @IfMatchHeader() ifMatch: IfMatch): Promise<void> {
    return this.links.remove(actor, id, ifMatch);
  }
}

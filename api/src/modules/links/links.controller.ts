import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { LINK_KINDS } from '@kompas/domain';
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
    errors: [400, 404, 409, 422],
  })
  @ApiCreatedResponse({ type: LinkDto })
  create(@Body() dto: CreateLinkDto): Promise<LinkDto> {
    return this.links.create(dto);
  }

  @Get('links/:id')
  @Route('Read a link', { id: 'id', errors: [404] })
  @ApiOkResponse({ type: LinkDto })
  get(@IdParam('link') id: string): Promise<LinkDto> {
    return this.links.get(id);
  }

  @Patch('links/:id')
  @Route("Change a link's rationale and strength", { id: 'id', errors: [400, 404] })
  @ApiOkResponse({ type: LinkDto })
  update(@IdParam('link') id: string, @Body() dto: UpdateLinkDto): Promise<LinkDto> {
    return this.links.update(id, dto);
  }

  @Delete('links/:id')
  @HttpCode(204)
  @Route('Remove a link', { id: 'id', errors: [404] })
  @ApiNoContentResponse()
  remove(@IdParam('link') id: string): Promise<void> {
    return this.links.remove(id);
  }
}

import type { Actor } from '../audit/change';
import { CurrentActor, Requires } from '../auth/auth.decorators';
import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PlanDocument } from '@kompas/domain';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { ApiError } from '../../common/api-error';
import { ImportPreviewDto, ImportResultDto } from '../plans/dto/plan.dto';
import { PlanDocumentDto } from './dto/plan-document.dto';
import { ImportBody } from './import-body';
import { PlanDocumentsService } from './plan-documents.service';

const FORMAT = 'The plan document format "kompas.plan", version 1: see docs/plan-format.md in the repository.';

@ApiTags('plans')
@Controller('plans')
export class PlanDocumentsController {
  constructor(private readonly documents: PlanDocumentsService) {}

  @Get(':planId/export')
  @Route('Export the whole plan as one plan document', { id: 'planId', errors: [404] })
  @ApiOkResponse({ description: FORMAT, type: PlanDocumentDto })
  export(@IdParam('plan', 'planId') planId: string): Promise<PlanDocument> {
    return this.documents.export(planId);
  }

  @Post('import')
  @HttpCode(201)
  @Requires('managePlans')
  @Route('Import a plan document as a new plan (all or nothing; up to 256 MB; administrators)', { errors: [400, 401, 403, 413, 422] })
  @ApiBody({ description: FORMAT, schema: { type: 'object' } })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiQuery({
    name: 'dryRun',
    required: false,
    type: Boolean,
    description:
      'true: only check the document and answer 200 with what an import would do (counts, problems, plans with the same content); nothing is written.',
  })
  @ApiOkResponse({ type: ImportPreviewDto, description: 'The dry run (`dryRun=true`): nothing was written.' })
  import(
    @CurrentActor() actor: Actor,
    @ImportBody() body: Uint8Array | undefined,
    @Query('dryRun') dryRun: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportResultDto | ImportPreviewDto> {
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') {
      throw ApiError.invalid('dryRun', 'is_boolean', 'dryRun must be true or false');
    }
    if (dryRun !== 'true') return this.documents.import(actor, body);
    res.status(200);
    return this.documents.preview(body);
  }
}

import type { Actor } from '../audit/change';
import { CurrentActor, Requires } from '../auth/auth.decorators';
import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PlanDocument } from '@kompas/domain';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { ImportResultDto } from '../plans/dto/plan.dto';
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
  import(@CurrentActor() actor: Actor, @ImportBody() body: Uint8Array | undefined): Promise<ImportResultDto> {
    return this.documents.import(actor, body);
  }
}

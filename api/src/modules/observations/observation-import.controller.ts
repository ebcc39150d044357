import { Controller, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CSV_CONTENT_TYPE, MAX_IMPORT_ROWS, XLSX_CONTENT_TYPE } from '@kompas/domain';
import type { Response } from 'express';
import { ApiError } from '../../common/api-error';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import type { Actor } from '../audit/change';
import { CurrentActor } from '../auth/auth.decorators';
import { ObservationImportPreviewDto, ObservationImportResultDto } from './dto/observation-import.dto';
import { ImportFile, ImportFileBody } from './import-file';
import { ObservationImportService } from './observation-import.service';

const FILE = [
  'One row per observation, the header in row 1: `indicator` (its id or exact title), `period` (2026, 2026K1, 2026M03, 2026-03-31), `value` or `narrative`,',
  'and optionally `judgement` (onTrack/atRisk/offTrack, or på sporet/i risiko/ude af sporet), `source` and `series` (actual/faktisk or reference);',
  'the Danish headers indikator, periode, værdi, fortælling, vurdering, kilde and serie are the same columns.',
  'CSV: separated by `;` or `,`, UTF-8 (with or without BOM) or Windows-1252. XLSX: the first sheet, formulas by their computed value.',
  `Decimals with a comma (1.234,5) or a point (1234.5), one style per file. Up to 10 MB and ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows.`,
].join(' ');

@ApiTags('observations (målinger)')
@Controller()
export class ObservationImportController {
  constructor(private readonly imports: ObservationImportService) {}

  @Post('plans/:planId/observations/import')
  @HttpCode(201)
  @Route(
    "Import observations of a plan's indicators from a CSV or XLSX file, all or nothing: a row equal to the current observation of its period is skipped, a different one corrects it. A file with any problem is refused with 400 `invalid_file`, each problem at its row and column; rows of indicators the user may not record, with 403 naming them",
    { id: 'planId', errors: [400, 401, 403, 404, 413, 415] },
  )
  @ApiConsumes(CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE)
  @ApiBody({ description: FILE, schema: { type: 'string', format: 'binary' } })
  @ApiQuery({
    name: 'dryRun',
    required: false,
    type: Boolean,
    description:
      'true: answer 200 with the preview — the rows read, matched to indicators and marked new, unchanged or correction, and every problem; nothing is written.',
  })
  @ApiCreatedResponse({ type: ObservationImportResultDto })
  @ApiOkResponse({ type: ObservationImportPreviewDto, description: 'The dry run (`dryRun=true`): nothing was written.' })
  import(
    @CurrentActor() actor: Actor,
    @IdParam('plan', 'planId') planId: string,
    @ImportFileBody() file: ImportFile,
    @Query('dryRun') dryRun: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ObservationImportResultDto | ObservationImportPreviewDto> {
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') {
      throw ApiError.invalid('dryRun', 'is_boolean', 'dryRun must be true or false');
    }
    if (dryRun !== 'true') return this.imports.import(actor, planId, file);
    res.status(200);
    return this.imports.preview(actor, planId, file);
  }
}

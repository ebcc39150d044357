import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiError } from '../../common/api-error';
import { Route } from '../../common/api-docs';
import { IdParam, OptionalIdQuery } from '../../common/id.pipe';
import { REPORT_LANGS, type ReportLang } from '../reports/report-model';
import { slugOf } from '../reports/report-query';
import { renderAlignmentPdf } from './alignment-pdf';
import { renderAlignmentXlsx } from './alignment-xlsx';
import { AlignmentService } from './alignment.service';
import { AlignmentDto } from './dto/alignment.dto';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CommitteeQuery = () =>
  ApiQuery({
    name: 'committeeId',
    required: false,
    type: String,
    format: 'uuid',
    description:
      "Narrows the audit to one committee: its row of the matrix, the findings that concern it, its score (an aiming point's score then counts only those findings). A committee of another plan or none: 400 naming `committeeId`.",
  });
const LangQuery = () =>
  ApiQuery({ name: 'lang', required: false, enum: REPORT_LANGS, description: 'The language of the file. Default: da.' });

function langOf(lang: unknown): ReportLang {
  if (lang === undefined) return 'da';
  if (!(REPORT_LANGS as readonly unknown[]).includes(lang)) throw ApiError.invalid('lang', 'is_in', 'lang must be da or en');
  return lang as ReportLang;
}

/** `kompas-<plan>[-<committee>]-overblik-<date>.<ext>` */
function fileName(report: { graph: { nodes: { kind: string; title: string }[] }; today: string }, ext: 'pdf' | 'xlsx', committee?: string) {
  const plan = report.graph.nodes.find((n) => n.kind === 'vision')?.title ?? 'plan';
  return `attachment; filename="kompas-${slugOf(plan)}${committee ? `-${slugOf(committee, 32)}` : ''}-overblik-${report.today}.${ext}"`;
}

@ApiTags('alignment (overblik)')
@Controller('plans/:planId')
export class AlignmentController {
  constructor(private readonly alignment: AlignmentService) {}

  @Get('alignment')
  @Route(
    "The director's alignment audit: a coverage matrix of committees × aiming points, the findings (actions serving no focus area, focus areas with no action, thinly served aiming points, missing or overdue data, indicators off target, old assessments, undecided proposals, …) and a score 0–100 per committee and aiming point with every point lost traced to a finding",
    { id: 'planId', errors: [400, 404] },
  )
  @CommitteeQuery()
  @ApiOkResponse({ type: AlignmentDto })
  get(@IdParam('plan', 'planId') planId: string, @OptionalIdQuery('committeeId') committeeId?: string): Promise<AlignmentDto> {
    return this.alignment.read(planId, committeeId);
  }

  @Get('alignment.pdf')
  @Route('The alignment audit as a PDF: the scores with what cost the points, the coverage matrix and the findings by kind', {
    id: 'planId',
    errors: [400, 404],
  })
  @CommitteeQuery()
  @LangQuery()
  @ApiOkResponse({
    description: 'The audit (A4 PDF), as an attachment named kompas-<plan>-overblik-<date>.pdf.',
    content: { [PDF]: { schema: { type: 'string', format: 'binary' } } },
  })
  async pdf(
    @IdParam('plan', 'planId') planId: string,
    @OptionalIdQuery('committeeId') committeeId: string | undefined,
    @Query('lang') lang: unknown,
  ): Promise<StreamableFile> {
    const language = langOf(lang);
    const report = await this.alignment.report(planId, committeeId);
    const file = await renderAlignmentPdf(report, language, committeeId);
    const committee = committeeId ? report.committees.find((c) => c.id === committeeId)?.name : undefined;
    return new StreamableFile(file, { type: PDF, length: file.length, disposition: fileName(report, 'pdf', committee) });
  }

  @Get('alignment.xlsx')
  @Route('The alignment audit as a workbook: a sheet of findings, one of the coverage matrix and one of scores', {
    id: 'planId',
    errors: [400, 404],
  })
  @CommitteeQuery()
  @LangQuery()
  @ApiOkResponse({
    description: 'The audit (Excel workbook), as an attachment named kompas-<plan>-overblik-<date>.xlsx.',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  async xlsx(
    @IdParam('plan', 'planId') planId: string,
    @OptionalIdQuery('committeeId') committeeId: string | undefined,
    @Query('lang') lang: unknown,
  ): Promise<StreamableFile> {
    const language = langOf(lang);
    const report = await this.alignment.report(planId, committeeId);
    const file = await renderAlignmentXlsx(report, language);
    const committee = committeeId ? report.committees.find((c) => c.id === committeeId)?.name : undefined;
    return new StreamableFile(file, { type: XLSX, length: file.length, disposition: fileName(report, 'xlsx', committee) });
  }
}

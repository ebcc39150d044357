import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Route } from '../../common/api-docs';
import { IdParam } from '../../common/id.pipe';
import { readReportQuery, reportFileName } from './report-query';
import { renderPdf } from './report-pdf';
import { renderXlsx } from './report-xlsx';
import { ReportsService } from './reports.service';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The query parameters both reports take. */
const ReportQueryDocs = () => (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
  ApiQuery({
    name: 'period',
    required: false,
    type: String,
    example: '2026',
    description:
      'The period reported on: a year (2026), a half year (2026H1), a quarter (2026K1 or 2026Q1) or a month (2026M03). Default: the current year. Another value: 400 naming `period`.',
  })(target, key, descriptor);
  ApiQuery({
    name: 'committeeId',
    required: false,
    type: String,
    isArray: true,
    description:
      'Narrows the report to these committees (repeat it for several): their focus areas, the actions contributing to them and what those measure. A committee of another plan or none: 400 naming `committeeId`.',
  })(target, key, descriptor);
  ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'], description: 'The language of the report. Default: da.' })(
    target,
    key,
    descriptor,
  );
};

const attachment = (name: string) => `attachment; filename="${name}"`;

@ApiTags('reports (opfølgning)')
@Controller('plans/:planId')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('report.pdf')
  @Route(
    "The plan's follow-up report for a period as a PDF, in four layers: STRATEGI (vision, motivations, aiming points with health), FOKUS/RETNING (each committee's focus areas in priority order, with health and the period's adjustments), HANDLINGER (actions with status, health and the period's assessments) and DATA (each indicator's values in the period against its targets, with a chart)",
    { id: 'planId', errors: [400, 404] },
  )
  @ReportQueryDocs()
  @ApiOkResponse({
    description: 'The report (A4 PDF), as an attachment named kompas-<plan>-<period>.pdf.',
    content: { [PDF]: { schema: { type: 'string', format: 'binary' } } },
  })
  async pdf(@IdParam('plan', 'planId') planId: string, @Query() query: Record<string, unknown>): Promise<StreamableFile> {
    const model = await this.reports.model(planId, readReportQuery(query, this.reports.today()));
    const file = await renderPdf(model);
    return new StreamableFile(file, {
      type: PDF,
      length: file.length,
      disposition: attachment(
        reportFileName(
          model.plan.title,
          model.period.code,
          'pdf',
          model.committeeFilter?.length === 1 ? model.committeeFilter[0].name : undefined,
        ),
      ),
    });
  }

  @Get('report.xlsx')
  @Route(
    'The same follow-up report as a workbook: one sheet per layer (Strategi, Fokus og retning, Handlinger, Data), a row per aiming point, focus area, action and indicator value',
    { id: 'planId', errors: [400, 404] },
  )
  @ReportQueryDocs()
  @ApiOkResponse({
    description: 'The report (Excel workbook), as an attachment named kompas-<plan>-<period>.xlsx.',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  async xlsx(@IdParam('plan', 'planId') planId: string, @Query() query: Record<string, unknown>): Promise<StreamableFile> {
    const model = await this.reports.model(planId, readReportQuery(query, this.reports.today()));
    const file = await renderXlsx(model);
    return new StreamableFile(file, {
      type: XLSX,
      length: file.length,
      disposition: attachment(
        reportFileName(
          model.plan.title,
          model.period.code,
          'xlsx',
          model.committeeFilter?.length === 1 ? model.committeeFilter[0].name : undefined,
        ),
      ),
    });
  }
}

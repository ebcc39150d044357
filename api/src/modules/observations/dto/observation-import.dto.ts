import { ApiProperty } from '@nestjs/swagger';
import {
  IMPORT_COLUMNS,
  IMPORT_ROW_STATUSES,
  ImportColumn,
  ImportRowStatus,
  Judgement,
  JUDGEMENTS,
  OBSERVATION_SERIES,
  ObservationSeries,
} from '@kompas/domain';
import { ErrorDetailDto } from '../../../common/dto';

export class ObservationImportFileDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: 'csv' | 'xlsx';
  @ApiProperty({
    nullable: true,
    enum: ['utf-8', 'windows-1252'],
    description:
      "How a CSV file's text was read: UTF-8, or Windows-1252 (as Danish Excel saves it) when it is not valid UTF-8. Null for a workbook.",
  })
  encoding!: 'utf-8' | 'windows-1252' | null;
  @ApiProperty({ description: 'Whether the CSV file starts with a UTF-8 byte order mark.' }) bom!: boolean;
  @ApiProperty({ nullable: true, enum: [';', ','], description: "A CSV file's separator, found from its header. Null for a workbook." })
  delimiter!: ';' | ',' | null;
  @ApiProperty({
    nullable: true,
    enum: ['comma', 'point'],
    description:
      'How the file writes decimals: comma (1.234,5) or point (1234.5), decided from every value written as text. Null when nothing tells (whole numbers, numeric cells).',
  })
  decimal!: 'comma' | 'point' | null;
}

export class ObservationImportCountsDto {
  @ApiProperty({ description: 'Rows of observations read (empty rows aside).' }) rows!: number;
  @ApiProperty({ description: 'Rows for a period and series with no current observation.' }) new!: number;
  @ApiProperty({ description: 'Rows equal to the current observation: skipped.' }) unchanged!: number;
  @ApiProperty({ description: 'Rows that differ from the current observation: each supersedes it.' }) corrections!: number;
  @ApiProperty() problems!: number;
}

/** The cells of a row's known columns, as text. */
export class ObservationImportCellsDto {
  @ApiProperty({ required: false }) indicator?: string;
  @ApiProperty({ required: false }) period?: string;
  @ApiProperty({ required: false }) value?: string;
  @ApiProperty({ required: false }) narrative?: string;
  @ApiProperty({ required: false }) judgement?: string;
  @ApiProperty({ required: false }) source?: string;
  @ApiProperty({ required: false }) series?: string;
}

export class ObservationImportCurrentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty({ nullable: true, type: String }) narrative!: string | null;
  @ApiProperty({ nullable: true, enum: JUDGEMENTS }) judgement!: Judgement | null;
  @ApiProperty({ nullable: true, type: String }) sourceNote!: string | null;
  @ApiProperty() example!: boolean;
}

export class ObservationImportRowDto {
  @ApiProperty({ description: 'The row as a spreadsheet shows it (the header is row 1).', example: 2 }) row!: number;
  @ApiProperty({ type: ObservationImportCellsDto }) cells!: ObservationImportCellsDto;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) indicatorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) indicatorTitle!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026K1' }) period!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) periodStart!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) periodEnd!: string | null;
  @ApiProperty({ nullable: true, enum: OBSERVATION_SERIES }) series!: ObservationSeries | null;
  @ApiProperty({ nullable: true, type: Number, description: 'What would be recorded (for a correction, empty cells keep the old values).' })
  value!: number | null;
  @ApiProperty({ nullable: true, type: String }) narrative!: string | null;
  @ApiProperty({ nullable: true, enum: JUDGEMENTS }) judgement!: Judgement | null;
  @ApiProperty({ nullable: true, type: String }) sourceNote!: string | null;
  @ApiProperty({ nullable: true, enum: IMPORT_ROW_STATUSES, description: 'Null while the row has a problem.' })
  status!: ImportRowStatus | null;
  @ApiProperty({ nullable: true, type: ObservationImportCurrentDto, description: 'The current observation the row equals or corrects.' })
  current!: ObservationImportCurrentDto | null;
}

export class ObservationImportPreviewDto {
  @ApiProperty({ type: ObservationImportFileDto }) file!: ObservationImportFileDto;
  @ApiProperty({ enum: IMPORT_COLUMNS, isArray: true, description: "The known columns the file's header names, in its order." })
  columns!: ImportColumn[];
  @ApiProperty({ type: ObservationImportCountsDto }) counts!: ObservationImportCountsDto;
  @ApiProperty({ type: [ObservationImportRowDto] }) rows!: ObservationImportRowDto[];
  @ApiProperty({
    type: [ErrorDetailDto],
    description: 'Every problem, as the import would refuse the file with them: `rows.7.period`, with its `row` and `column`.',
  })
  problems!: ErrorDetailDto[];
}

export class ObservationImportResultDto {
  @ApiProperty({ description: 'Observations recorded: new ones and corrections together.' }) written!: number;
  @ApiProperty({ description: 'Rows equal to the current observation of their period and series: skipped.' }) unchanged!: number;
  @ApiProperty({ description: 'Of those written, how many supersede an observation (which stays, corrected).' }) corrected!: number;
}

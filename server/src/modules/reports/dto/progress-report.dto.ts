import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateField, EnumField, UuidField } from '../../../common/validation/fields';

export const REPORT_FORMATS = ['json', 'docx'] as const;

export class ProgressReportQueryDto {
  @DateField({ optional: true, description: 'First day of the period (default 1 January of this year)' }) from?: string;
  @DateField({ optional: true, description: 'Last day of the period (default today, Asia/Shanghai)' }) to?: string;
  @UuidField({ optional: true, description: 'The unit reported on (default the caller\'s scope unit)' }) unitId?: string;
  @EnumField(REPORT_FORMATS, { optional: true, enumName: 'ReportFormat', description: '`docx` downloads the draft as a Word document' }) format?: (typeof REPORT_FORMATS)[number];
}

/** One figure of the report and where its records are: an SPA path with the filters that list exactly them. */
export class ReportFigureDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'number', nullable: true }) value!: number | null;
  @ApiProperty({ description: 'Unit of the value: 场, 人次, 人, 门次, 学时, %' }) unit!: string;
  @ApiProperty({ type: String, nullable: true, description: 'SPA path listing the records behind the figure' }) link!: string | null;
}

export class ReportTableRowDto {
  @ApiProperty({ type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'number' }] }, description: 'Cells in column order; null for none' }) cells!: (string | number | null)[];
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
}

export class ReportTableDto {
  @ApiProperty({ type: [String] }) columns!: string[];
  @ApiProperty({ type: () => ReportTableRowDto, isArray: true }) rows!: ReportTableRowDto[];
}

export class ReportSectionDto {
  @ApiProperty() key!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'The draft paragraph, figures written out' }) text!: string;
  @ApiProperty({ type: () => ReportFigureDto, isArray: true }) figures!: ReportFigureDto[];
  @ApiPropertyOptional({ type: () => ReportTableDto }) table?: ReportTableDto;
}

export class ProgressReportDto {
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: () => ReportSectionDto, isArray: true }) sections!: ReportSectionDto[];
}

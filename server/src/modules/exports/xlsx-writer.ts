import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { safeCellValue } from '../../common/xlsx/safe-cell';

export interface ColumnSpec {
  width?: number;
  numFmt?: string;
}

/**
 * A streamed workbook: each row is committed as it is written and strings are inlined (no shared-string table), so
 * a sheet of a few thousand cadres costs a fraction of the in-memory writer's time and memory.
 */
export class XlsxWriter {
  private readonly chunks: Buffer[] = [];
  private readonly out = new PassThrough();
  private readonly ended: Promise<void>;
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor() {
    this.out.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.out.on('end', () => resolve());
      this.out.on('error', reject);
    });
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.out, useSharedStrings: false, useStyles: true });
  }

  /**
   * A sheet with a bold, frozen header row; `add` commits each row at once. Rows are committed as they come, so each
   * value passes the formula check here rather than in a walk over the finished workbook.
   */
  sheet(name: string, header: string[], columns: ColumnSpec[] = []): { add(values: unknown[], bold?: boolean): void; done(): void } {
    const ws = this.wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = header.map((_, i) => ({ width: columns[i]?.width ?? (i === 0 ? 24 : 14), ...(columns[i]?.numFmt ? { style: { numFmt: columns[i].numFmt } } : {}) }));
    const head = ws.addRow(header.map(safeCellValue));
    head.font = { bold: true };
    head.commit();
    return {
      add(values, bold = false) {
        const row = ws.addRow(values.map(safeCellValue));
        if (bold) row.font = { bold: true };
        row.commit();
      },
      done: () => ws.commit(),
    };
  }

  async finish(): Promise<Buffer> {
    await this.wb.commit();
    await this.ended;
    return Buffer.concat(this.chunks);
  }
}

import { StreamableFile } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import type { Response } from 'express';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Documents a handler that answers with a workbook. */
export const XlsxResponse = () => ApiOkResponse({ description: 'An .xlsx workbook', content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } } });

/** Sends a workbook as a download with a UTF-8 file name. */
export function sendXlsx(res: Response, buffer: Buffer, filename: string): StreamableFile {
  res.setHeader('Content-Type', XLSX_MIME);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
  return new StreamableFile(buffer);
}

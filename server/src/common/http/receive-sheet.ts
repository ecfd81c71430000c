import { HttpStatus } from '@nestjs/common';
import { FileError } from '@cadre/shared';
import type { Request, Response } from 'express';
import multer from 'multer';
import { AppException } from '../errors/app-exception';

/**
 * Reads one spreadsheet from the multipart field `file` into memory: a zip's directory is at its end, so the reader
 * needs the whole (compressed) file at hand; what the file unpacks to is streamed and bounded by the sheet reader.
 */
export function receiveSheet(req: Request, res: Response, maxBytes: number): Promise<Buffer> {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 2 } }).single('file');
  const mb = Math.round(maxBytes / 1024 / 1024);
  return new Promise((resolve, reject) => {
    upload(req, res, (err: unknown) => {
      const file = (req as Request & { file?: Express.Multer.File }).file;
      if ((err as { code?: string } | undefined)?.code === 'LIMIT_FILE_SIZE') {
        return reject(new AppException(HttpStatus.PAYLOAD_TOO_LARGE, FileError.TooLarge, `The spreadsheet is larger than ${mb} MB`));
      }
      if (err || !file) {
        return reject(new AppException(HttpStatus.BAD_REQUEST, FileError.Missing, 'Send the spreadsheet in the multipart field "file"', [{ field: 'file', message: 'missing' }]));
      }
      resolve(file.buffer);
    });
  });
}

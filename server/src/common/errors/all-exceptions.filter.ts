import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { CommonError, type ApiErrorBody, type ErrorCode } from '@cadre/shared';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AppException } from './app-exception';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: CommonError.ValidationFailed,
  401: CommonError.Unauthenticated,
  403: CommonError.Forbidden,
  404: CommonError.NotFound,
  409: CommonError.Conflict,
  413: CommonError.PayloadTooLarge,
  415: CommonError.MalformedBody,
  429: CommonError.RateLimited,
  503: CommonError.Unavailable,
};

/** PostgreSQL errors a client can cause with well-formed but conflicting input. */
const PG_CLIENT_ERRORS: Record<string, { status: HttpStatus; code: ErrorCode; message: string }> = {
  '23505': { status: HttpStatus.CONFLICT, code: CommonError.Conflict, message: 'A record with these values already exists' },
  '23503': { status: HttpStatus.CONFLICT, code: CommonError.Conflict, message: 'A referenced record does not exist or is still in use' },
  '40001': { status: HttpStatus.CONFLICT, code: CommonError.Conflict, message: 'Concurrent update, please retry' },
  '40P01': { status: HttpStatus.CONFLICT, code: CommonError.Conflict, message: 'Concurrent update, please retry' },
};

/**
 * Turns every error into `{ statusCode, code, message, details? }`. Anything not recognised is a 500 whose details
 * stay in the log (with the request id), never in the response.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: unknown }>();
    const body = this.toBody(exception, req);
    if (body.statusCode >= 500) {
      // An Error's own fields are not enumerable: spelled out, or the log line reads "err": {} and says nothing.
      const err = exception instanceof Error ? { type: exception.name, message: exception.message, stack: exception.stack } : exception;
      this.logger.error({ err, requestId: req.id, path: req.originalUrl }, 'Unhandled error');
    }
    if (res.headersSent) return;
    if (exception instanceof AppException && exception.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(exception.retryAfterSeconds));
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, req: Request & { id?: unknown }): ApiErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'code' in response) {
        return response as ApiErrorBody;
      }
      const message = typeof response === 'string' ? response : exception.message;
      return { statusCode: status, code: STATUS_CODES[status] ?? CommonError.Internal, message };
    }
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
      const known = pgCode ? PG_CLIENT_ERRORS[pgCode] : undefined;
      if (known) return { statusCode: known.status, code: known.code, message: known.message };
    }
    const requestId = typeof req.id === 'string' ? req.id : undefined;
    return {
      statusCode: 500,
      code: CommonError.Internal,
      message: requestId ? `Internal error (request ${requestId})` : 'Internal error',
    };
  }
}

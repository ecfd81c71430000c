import { HttpException, HttpStatus } from '@nestjs/common';
import { CommonError, type ErrorCode } from '@cadre/shared';

export interface FieldProblem {
  field: string;
  message: string;
}

/** The one exception services throw: an HTTP status, a stable code from `@cadre/shared`, and optional field details. */
export class AppException extends HttpException {
  /** Whole seconds the client should wait before trying again; the exception filter sends them as Retry-After. */
  retryAfterSeconds?: number;

  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super({ statusCode: status, code, message, ...(details ? { details } : {}) }, status);
  }

  /** Tells the client when to try again (a 429 from a service, which has no response object to set the header on). */
  retryAfter(seconds: number): this {
    this.retryAfterSeconds = Math.max(1, Math.ceil(seconds));
    return this;
  }
}

/** 404 for a row that does not exist or that the caller may not know exists. */
export function notFound(what = 'Resource'): AppException {
  return new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, `${what} not found`);
}

export function validationFailed(field: string, message: string): AppException {
  return new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Validation failed', [{ field, message }]);
}

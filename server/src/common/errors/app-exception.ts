import { HttpException, HttpStatus } from '@nestjs/common';
import { CommonError, type ErrorCode } from '@cadre/shared';

export interface FieldProblem {
  field: string;
  message: string;
}

/** The one exception services throw: an HTTP status, a stable code from `@cadre/shared`, and optional field details. */
export class AppException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldProblem[],
  ) {
    super({ statusCode: status, code, message, ...(details ? { details } : {}) }, status);
  }
}

/** 404 for a row that does not exist or that the caller may not know exists. */
export function notFound(what = 'Resource'): AppException {
  return new AppException(HttpStatus.NOT_FOUND, CommonError.NotFound, `${what} not found`);
}

export function validationFailed(field: string, message: string): AppException {
  return new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Validation failed', [{ field, message }]);
}

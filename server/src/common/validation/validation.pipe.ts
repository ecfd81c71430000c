import { HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import { CommonError } from '@cadre/shared';
import { AppException, type FieldProblem } from '../errors/app-exception';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Whitelist, refuse unknown fields, transform to DTO classes; failures become `common/validation_failed` with field details. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Validation failed', flatten(errors)),
  });
}

import { type ArgumentMetadata, HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import { CommonError } from '@cadre/shared';
import { AppException, type FieldProblem } from '../errors/app-exception';
import { prototypeKeyProblems, withoutPrototypeKeys } from './body-shape';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const failed = (details: FieldProblem[]) => new AppException(HttpStatus.BAD_REQUEST, CommonError.ValidationFailed, 'Validation failed', details);

/**
 * The unknown-field rule, also for `__proto__`, `constructor` and `prototype`: class-transformer assigns those keys
 * instead of copying them, so whitelisting never sees them (and free-form maps such as quiz answers are not
 * whitelisted at all). They are refused at any depth, together with whatever else is wrong with the input.
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const unsafe = metadata.type === 'body' || metadata.type === 'query' ? prototypeKeyProblems(value) : [];
    if (unsafe.length === 0) return super.transform(value, metadata);
    let others: FieldProblem[] = [];
    try {
      await super.transform(withoutPrototypeKeys(value), metadata);
    } catch (error) {
      if (!(error instanceof AppException)) throw error;
      others = error.details ?? [];
    }
    throw failed([...others, ...unsafe]);
  }
}

/** Whitelist, refuse unknown fields, transform to DTO classes; failures become `common/validation_failed` with field details. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => failed(flatten(errors)),
  });
}

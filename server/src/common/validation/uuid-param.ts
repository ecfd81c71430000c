import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { validationFailed } from '../errors/app-exception';

/** A UUID path parameter; anything else is a 400 naming the parameter, never a database error. */
export function UuidParam(name = 'id'): ParameterDecorator {
  const pipe = Param(
    name,
    new ParseUUIDPipe({ version: undefined, exceptionFactory: () => validationFailed(name, `${name} must be a UUID`) }),
  );
  // The OpenAPI document says what the pipe enforces: a UUID, 36 characters.
  const doc = ApiParam({ name, required: true, schema: { type: 'string', format: 'uuid', minLength: 36, maxLength: 36 } });
  return (target, key, index) => {
    pipe(target, key, index);
    if (key !== undefined) doc(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

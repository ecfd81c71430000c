import { Param, ParseUUIDPipe } from '@nestjs/common';
import { validationFailed } from '../errors/app-exception';

/** A UUID path parameter; anything else is a 400 naming the parameter, never a database error. */
export function UuidParam(name = 'id'): ParameterDecorator {
  return Param(name, new ParseUUIDPipe({ version: undefined, exceptionFactory: () => validationFailed(name, `${name} must be a UUID`) }));
}

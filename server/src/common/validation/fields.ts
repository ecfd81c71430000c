import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
} from 'class-validator';

/**
 * Field decorators that validate, transform and document a DTO property in one line, so that the OpenAPI document
 * (and the SPA types generated from it) cannot drift from what the server accepts.
 *
 * - `optional`: the field may be absent; `null` is still rejected (for fields that cannot be cleared).
 * - `nullable`: the field may be absent or `null` (null clears it).
 * - `query`: the value arrives as a query-string text and is converted first.
 */
interface Common {
  optional?: boolean;
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

function presence(opts: Common): PropertyDecorator[] {
  if (opts.nullable) return [IsOptional()];
  if (opts.optional) return [ValidateIf((_o, value) => value !== undefined)];
  return [];
}

function doc(opts: Common, extra: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({
    required: !(opts.optional || opts.nullable),
    nullable: opts.nullable || undefined,
    description: opts.description,
    example: opts.example,
    ...extra,
  } as ApiPropertyOptions);
}

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export function StringField(opts: Common & { min?: number; max: number; pattern?: RegExp; patternMessage?: string }) {
  const min = opts.min ?? 1;
  return applyDecorators(
    trim,
    ...presence(opts),
    IsString(),
    Length(min, opts.max),
    ...(opts.pattern ? [Matches(opts.pattern, { message: opts.patternMessage ?? `$property has an invalid format` })] : []),
    doc(opts, { type: String, minLength: min, maxLength: opts.max, pattern: opts.pattern?.source }),
  );
}

export function IntField(opts: Common & { min: number; max: number; query?: boolean }) {
  return applyDecorators(
    ...(opts.query ? [Transform(({ value }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value))] : []),
    ...presence(opts),
    IsInt(),
    Min(opts.min),
    Max(opts.max),
    doc(opts, { type: 'integer', minimum: opts.min, maximum: opts.max }),
  );
}

export function BoolField(opts: Common & { query?: boolean } = {}) {
  return applyDecorators(
    ...(opts.query
      ? [Transform(({ value }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value))]
      : []),
    ...presence(opts),
    IsBoolean(),
    doc(opts, { type: Boolean }),
  );
}

export function EnumField<T extends string>(values: readonly T[], opts: Common & { enumName: string }) {
  return applyDecorators(
    ...presence(opts),
    IsIn(values as T[], { message: `$property must be one of: ${values.join(', ')}` }),
    doc(opts, { enum: values as T[], enumName: opts.enumName }),
  );
}

export function EnumArrayField<T extends string>(
  values: readonly T[],
  opts: Common & { enumName: string; maxItems?: number; query?: boolean },
) {
  return applyDecorators(
    ...(opts.query ? [Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))] : []),
    ...presence(opts),
    IsArray(),
    ArrayUnique(),
    ArrayMaxSize(opts.maxItems ?? values.length),
    IsIn(values as T[], { each: true, message: `each value in $property must be one of: ${values.join(', ')}` }),
    doc(opts, { enum: values as T[], enumName: opts.enumName, isArray: true }),
  );
}

export function UuidField(opts: Common = {}) {
  return applyDecorators(...presence(opts), IsUUID('all'), doc(opts, { type: String, format: 'uuid' }));
}

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 is refused). */
export function DateField(opts: Common = {}) {
  return applyDecorators(
    ...presence(opts),
    IsString(),
    Matches(ISO_DATE, { message: '$property must be a date in the form YYYY-MM-DD' }),
    IsRealDate(),
    // ISO_DATE matches exactly ten characters.
    doc(opts, { type: String, format: 'date', minLength: 10, maxLength: 10 }),
  );
}

function IsRealDate(): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isRealDate',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { message: '$property is not a real calendar date' },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || !ISO_DATE.test(value)) return true; // Matches reports this one
          return isRealDate(value);
        },
      },
    });
}

/** A list of distinct UUIDs (`min` to `max` of them); with `query`, a comma-separated text is split first. */
export function UuidArrayField(opts: Common & { min?: number; max: number; query?: boolean }) {
  return applyDecorators(
    ...(opts.query ? [Transform(({ value }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))] : []),
    ...presence(opts),
    IsArray(),
    ArrayMinSize(opts.min ?? 0),
    ArrayMaxSize(opts.max),
    ArrayUnique(),
    IsUUID('all', { each: true }),
    doc(opts, { type: String, format: 'uuid', isArray: true, minItems: opts.min ?? 0, maxItems: opts.max }),
  );
}

/** Room for `2026-03-05T09:30:00.123456789+08:00`; ISO 8601 itself sets no bound on the fraction of a second. */
const DATE_TIME_MAX_LENGTH = 35;

/** An instant with its zone, ISO 8601 (`2026-03-05T09:30:00+08:00`), at most 35 characters. */
export function DateTimeField(opts: Common = {}) {
  return applyDecorators(
    ...presence(opts),
    IsDateString({ strict: true }),
    MaxLength(DATE_TIME_MAX_LENGTH),
    doc(opts, { type: String, format: 'date-time', maxLength: DATE_TIME_MAX_LENGTH }),
  );
}

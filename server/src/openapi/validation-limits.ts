import { DECORATORS } from '@nestjs/swagger';
import {
  ARRAY_MAX_SIZE,
  ARRAY_MIN_SIZE,
  ARRAY_UNIQUE,
  getMetadataStorage,
  IS_DATE_STRING,
  IS_EMAIL,
  IS_INT,
  IS_LENGTH,
  IS_URL,
  IS_UUID,
  MATCHES,
  MAX,
  MAX_LENGTH,
  MIN,
  MIN_LENGTH,
} from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** The OpenAPI keywords this step may write, on the property itself or (for arrays) on its items. */
interface Limits {
  type?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

/** Swagger's metadata of one DTO property (what `@ApiProperty` recorded); its type may be a constructor. */
type PropertyDoc = Omit<Limits, 'type'> & { type?: unknown; isArray?: boolean; items?: Record<string, unknown> };

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const UUID_LENGTH = 36;

/** What one validator enforces, as OpenAPI keywords. Keywords of the items of an array come from `each` validators. */
function limitsOf(meta: ValidationMetadata): Limits {
  const [a, b] = meta.constraints ?? [];
  switch (meta.name) {
    case MAX_LENGTH:
      return { maxLength: a as number };
    case MIN_LENGTH:
      return { minLength: a as number };
    case IS_LENGTH:
      return { minLength: a as number, ...(typeof b === 'number' ? { maxLength: b } : {}) };
    case MAX:
      return { maximum: a as number };
    case MIN:
      return { minimum: a as number };
    case ARRAY_MAX_SIZE:
      return { maxItems: a as number };
    case ARRAY_MIN_SIZE:
      return { minItems: a as number };
    case ARRAY_UNIQUE:
      return { uniqueItems: true };
    case IS_UUID:
      return { format: 'uuid', minLength: UUID_LENGTH, maxLength: UUID_LENGTH };
    case IS_INT:
      return { type: 'integer' };
    case IS_DATE_STRING:
      return { format: 'date-time' };
    case IS_EMAIL:
      return { format: 'email' };
    case IS_URL:
      return { format: 'uri' };
    case MATCHES: {
      // A pattern with flags (case-insensitive, say) has no faithful OpenAPI form: leave it to the description.
      const source = a instanceof RegExp ? (a.flags ? undefined : a.source) : typeof a === 'string' && !b ? a : undefined;
      return source ? { pattern: source } : {};
    }
    default:
      return {};
  }
}

const ITEM_KEYS = new Set<keyof Limits>(['type', 'format', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum']);

/**
 * What the validators say, merged into what `@ApiProperty` said: a bound (a number) is the validators' (they decide
 * what is accepted); a format or pattern declared by hand stays.
 */
function merge(doc: PropertyDoc, found: Limits[]): PropertyDoc {
  const isArray = doc.isArray === true || doc.type === 'array';
  const own: Limits = {};
  const items: Limits = {};
  for (const limits of found) {
    for (const [key, value] of Object.entries(limits) as [keyof Limits, never][]) {
      const into = isArray && ITEM_KEYS.has(key) ? items : own;
      // Two validators of one kind (a helper's Length and an extra MaxLength): the tighter one is what holds.
      const prior = into[key] as unknown;
      if (typeof prior === 'number' && typeof value === 'number') {
        into[key] = (key.startsWith('min') ? Math.max(prior, value) : Math.min(prior, value)) as never;
      } else into[key] = value;
    }
  }
  const settle = (declared: unknown, enforced: unknown) => (typeof enforced === 'number' || declared === undefined ? enforced : declared);
  const result: PropertyDoc = { ...doc };
  // class-validator knows an integer where the design type only says Number.
  if (own.type === 'integer' && (doc.type === Number || doc.type === 'number')) result.type = 'integer';
  for (const [key, value] of entriesBut('type', own)) result[key] = settle(doc[key], value) as never;
  if (isArray && doc.items) {
    // An enum array keeps its items in `items`.
    const merged = { ...doc.items };
    if (!merged.enum) for (const [key, value] of entriesBut('type', items)) merged[key] = settle(merged[key], value);
    result.items = merged;
  } else if (isArray) {
    // Swagger moves these keywords of an array property onto its items.
    for (const [key, value] of entriesBut('type', items)) result[key] = settle(doc[key], value) as never;
  }
  return withIntegerFormat(result);
}

function entriesBut<K extends keyof Limits>(skip: K, limits: Limits): [Exclude<keyof Limits, K>, never][] {
  return (Object.entries(limits) as [keyof Limits, never][]).filter(([key]) => key !== skip) as [Exclude<keyof Limits, K>, never][];
}

/** OpenAPI's integer formats: int32 when the bounds fit in it, else int64 (every JavaScript-safe integer fits). */
function withIntegerFormat(doc: PropertyDoc): PropertyDoc {
  if (doc.type !== 'integer' || doc.format !== undefined) return doc;
  const fits = (n: number | undefined) => n !== undefined && n >= INT32.min && n <= INT32.max;
  return { ...doc, format: fits(doc.minimum) && fits(doc.maximum) ? 'int32' : 'int64' };
}

type DtoClass = abstract new (...args: never[]) => object;

/** Every class that class-validator knows (the DTOs), with its validators, own and inherited. */
function validatedClasses(): Map<DtoClass, ValidationMetadata[]> {
  const storage = getMetadataStorage();
  // class-validator keeps its targets in a private map; there is no public way to list them.
  const byTarget = (storage as unknown as { validationMetadatas?: unknown }).validationMetadatas;
  if (!(byTarget instanceof Map))
    throw new Error('class-validator changed its metadata storage: update server/src/openapi/validation-limits.ts');
  const classes = new Map<DtoClass, ValidationMetadata[]>();
  for (const target of byTarget.keys() as Iterable<unknown>) {
    if (typeof target === 'function')
      classes.set(target as DtoClass, storage.getTargetValidationMetadatas(target as DtoClass, '', false, false));
  }
  return classes;
}

/**
 * Writes the limits the validators enforce (lengths, bounds, item counts, formats, patterns) into the OpenAPI
 * metadata of every DTO property, before the document is built, so that request bodies and query parameters declare
 * exactly what a request must satisfy. Runs on metadata, not on the document: query DTOs become parameters and body
 * DTOs become schemas by Swagger's own rules, and both then carry the limits. Idempotent.
 */
export function declareValidationLimits(): void {
  for (const [target, metadatas] of validatedClasses()) {
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const meta of metadatas) byProperty.set(meta.propertyName, [...(byProperty.get(meta.propertyName) ?? []), meta]);
    for (const [property, metas] of byProperty) {
      const doc = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, target.prototype, property) as PropertyDoc | undefined;
      if (!doc) continue; // not documented at all: nothing to add limits to
      const isArray = doc.isArray === true || doc.type === 'array';
      // An `each` validator constrains the items; only arrays have items to constrain.
      const found = metas
        .filter((m) => !m.each || isArray)
        .map((m) => (m.each ? pickItemKeys(limitsOf(m)) : arrayAware(limitsOf(m), isArray)));
      Reflect.defineMetadata(DECORATORS.API_MODEL_PROPERTIES, merge(doc, found), target.prototype, property);
    }
  }
}

/** An `each` validator's keywords, which all describe the items. */
function pickItemKeys(limits: Limits): Limits {
  return Object.fromEntries(Object.entries(limits).filter(([key]) => ITEM_KEYS.has(key as keyof Limits))) as Limits;
}

/** A validator without `each` on an array property speaks of the array (its size), never of its items. */
function arrayAware(limits: Limits, isArray: boolean): Limits {
  return isArray ? (Object.fromEntries(Object.entries(limits).filter(([key]) => !ITEM_KEYS.has(key as keyof Limits))) as Limits) : limits;
}

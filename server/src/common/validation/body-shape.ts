import type { FieldProblem } from '../errors/app-exception';

/**
 * How deeply objects and arrays may nest in a JSON body. No DTO of the API goes past four levels; 32 leaves room for
 * free-form maps while keeping every recursive walk (class-transformer, class-validator, logging) far from the stack's
 * end, which a body nested a few thousand levels reached (a 500).
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * True when the JSON text nests objects and arrays deeper than `max`. Counts brackets outside strings on the raw text,
 * before anything is parsed into objects, and stops at the first bracket too many. Malformed text is left to the
 * parser (an unbalanced body is refused there).
 */
export function jsonDepthExceeds(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/**
 * Keys that reach an object's prototype when assigned (`obj.__proto__ = …`, `obj.constructor.prototype`). JSON.parse
 * keeps them as own keys, but class-transformer then assigns them, so they vanish from the DTO before the unknown-field
 * check looks (and `__proto__` swaps the DTO's prototype). No field of the API has these names.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isContainer = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Every prototype key in a parsed body or query, at any depth, as the unknown-field problems they are. */
export function prototypeKeyProblems(value: unknown, prefix = ''): FieldProblem[] {
  if (!isContainer(value)) return [];
  return Object.keys(value).flatMap((key) => {
    const field = prefix ? `${prefix}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return [{ field, message: `property ${key} should not exist` }];
    return prototypeKeyProblems(value[key], field);
  });
}

/** A copy without the prototype keys, so the rest of the body can still be validated and every problem reported at once. */
export function withoutPrototypeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypeKeys);
  if (!isContainer(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!PROTOTYPE_KEYS.has(key)) copy[key] = withoutPrototypeKeys(value[key]);
  }
  return copy;
}

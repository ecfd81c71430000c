import { SetMetadata } from '@nestjs/common';
import type { ErrorCode } from '@cadre/shared';

export const FAILS_KEY = 'cadre:fails';

/** Error codes by HTTP status. */
export type FailureCodes = Partial<Record<400 | 401 | 403 | 404 | 409 | 413 | 416 | 422 | 429, readonly ErrorCode[]>>;

/**
 * The error codes a handler can answer beyond those its route, `@Access` rule and input already imply (a service's
 * 409 and 422 rules, mostly). The OpenAPI document lists them with the derived ones (server/src/openapi/error-responses.ts).
 */
export function Fails(codes: FailureCodes) {
  return SetMetadata(FAILS_KEY, codes);
}

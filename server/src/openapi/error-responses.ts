import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { AuthError, CommonError, type ErrorCode } from '@cadre/shared';
import { ACCESS_KEY, type AccessRule } from '../common/auth/access.decorator';
import { FAILS_KEY, type FailureCodes } from '../common/errors/fails.decorator';
import { NOT_LIMITED } from '../common/http/rate-limit';

/** What each error status means in this API (docs/api conventions); the codes follow in each response. */
const MEANING: Record<number, string> = {
  400: 'Input malformed or invalid in form',
  401: 'Not signed in',
  403: 'Signed in, but not allowed',
  404: 'Not found, or outside the caller’s scope',
  409: 'Conflicts with the current state',
  413: 'Too large',
  415: 'The body is not JSON (nor, where the route takes an upload, multipart/form-data)',
  416: 'Range not satisfiable',
  422: 'Well-formed, but breaks a rule',
  429: 'Too many requests',
  500: 'Internal error (the message carries the request id for the logs)',
};

const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const BODY_WRITES = new Set(['post', 'put', 'patch']);

/** The operation id of a handler; `buildOpenApiDocument` names operations the same way. */
export const operationId = (controllerKey: string, methodKey: string) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`;

/** Every route handler of the app by its operation id. */
function handlersById(app: INestApplication): Map<string, object> {
  const handlers = new Map<string, object>();
  const scanner = new MetadataScanner();
  for (const wrapper of new DiscoveryService(app.get(ModulesContainer)).getControllers()) {
    if (!wrapper.metatype || !wrapper.instance) continue;
    const proto = Object.getPrototypeOf(wrapper.instance) as Record<string, object>;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name]!;
      if (Reflect.getMetadata(METHOD_METADATA, handler) !== undefined) handlers.set(operationId(wrapper.metatype.name, name), handler);
    }
  }
  return handlers;
}

/**
 * The error answers of one operation: derived from its route (path parameters: 404; input: 400; writes: 409 for a
 * duplicate or a concurrent change, which the exception filter maps from PostgreSQL; a body too large or not JSON:
 * 413, 415), its `@Access` rule (401, 403),
 * the rate limits every route but the probes has (429), and completed by the handler's `@Fails` codes.
 */
function errorCodes(path: string, method: string, op: OperationObject, handler: object): Map<number, ErrorCode[]> {
  const access = (Reflect.getMetadata(ACCESS_KEY, handler) ?? {}) as AccessRule;
  const fails = (Reflect.getMetadata(FAILS_KEY, handler) ?? {}) as FailureCodes;
  const codes = new Map<number, ErrorCode[]>();
  const add = (status: number, ...more: readonly ErrorCode[]) => codes.set(status, [...new Set([...(codes.get(status) ?? []), ...more])]);
  // A write is read as JSON whether or not the handler takes a body, so a broken body is a 400 there too.
  if ((op.parameters?.length ?? 0) > 0 || op.requestBody || WRITES.has(method))
    add(400, CommonError.ValidationFailed, CommonError.MalformedBody);
  if (!access.public) add(401, CommonError.Unauthenticated, AuthError.SessionExpired);
  if (access.roles?.length) add(403, CommonError.Forbidden);
  if (!access.public && !access.beforePasswordChange) add(403, AuthError.PasswordChangeRequired);
  if (path.includes('{')) add(404, CommonError.NotFound);
  if (WRITES.has(method)) add(409, CommonError.Conflict);
  // Every POST, PUT and PATCH reads its body before the handler runs: one past the body limit is a 413, one that is
  // not JSON (nor an upload's multipart) a 415, whatever the route (configure-app.ts).
  if (BODY_WRITES.has(method)) {
    add(413, CommonError.PayloadTooLarge);
    add(415, CommonError.MalformedBody);
  }
  if (!Reflect.getMetadata(NOT_LIMITED, handler)) add(429, CommonError.RateLimited);
  for (const [status, more] of Object.entries(fails)) add(Number(status), ...more);
  add(500, CommonError.Internal);
  return new Map([...codes].sort(([a], [b]) => a - b));
}

function errorResponse(status: number, codes: ErrorCode[]): ResponseObject {
  return {
    description: `${MEANING[status] ?? 'Error'}: ${codes.join(', ')}`,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
    ...(status === 429
      ? {
          headers: {
            'Retry-After': {
              description: 'Seconds until the address’s rate-limit window ends (sent with common/rate_limited)',
              schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 60 },
            },
          },
        }
      : {}),
  };
}

/** Declares on every operation of the document the error answers it can give, each in the ApiError shape. */
export function declareErrorResponses(app: INestApplication, document: OpenAPIObject): void {
  const handlers = handlersById(app);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item) as [string, OperationObject][]) {
      if (!WRITES.has(method) && method !== 'get') continue;
      const handler = op.operationId ? handlers.get(op.operationId) : undefined;
      if (!handler) throw new Error(`No handler found for ${method.toUpperCase()} ${path} (${op.operationId})`);
      for (const [status, codes] of errorCodes(path, method, op, handler)) op.responses[String(status)] = errorResponse(status, codes);
    }
  }
}

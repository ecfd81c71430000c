import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ALL_ERROR_CODES } from '@cadre/shared';
import { declareErrorResponses, operationId } from './error-responses';
import { declareValidationLimits } from './validation-limits';

/** The OpenAPI document, built from the controllers and DTOs. The SPA's API types are generated from it. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('干部教育培训平台 API')
    .setDescription(
      'Cadre training and learning platform. Errors are `{ statusCode, code, message, details? }`; `code` is one of the ' +
        'stable codes listed in the ApiError schema. Lists take `page` and `pageSize` (at most 100).',
    )
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'A short-lived access token from sign-in, a JWT used as RFC8725 advises: HS256 only (no other algorithm is ' +
        'accepted), issuer and expiry verified, and the session behind it checked on every request.',
    })
    .addCookieAuth('cadre_rt')
    .build();
  // The limits the validators enforce go into the DTOs' OpenAPI metadata before Swagger reads it.
  declareValidationLimits();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: operationId });
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ApiError = {
    type: 'object',
    required: ['statusCode', 'code', 'message'],
    properties: {
      statusCode: { type: 'integer', format: 'int32', minimum: 400, maximum: 599 },
      code: { type: 'string', enum: [...ALL_ERROR_CODES] },
      message: { type: 'string' },
      details: {
        type: 'array',
        items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  };
  declareErrorResponses(app, document);
  // Every tag an operation uses, listed once (the UI groups by them).
  const tags = new Set(
    Object.values(document.paths).flatMap((item) => Object.values(item).flatMap((op: { tags?: string[] }) => op.tags ?? [])),
  );
  document.tags = [...tags].sort().map((name) => ({ name }));
  return document;
}

export function setupOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}

import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ALL_ERROR_CODES } from '@cadre/shared';

/** The OpenAPI document, built from the controllers and DTOs. The SPA's API types are generated from it. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('干部教育培训平台 API')
    .setDescription(
      'Cadre training and learning platform. Errors are `{ statusCode, code, message, details? }`; `code` is one of the ' +
        'stable codes listed in the ApiError schema. Lists take `page` and `pageSize` (at most 100).',
    )
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('cadre_rt')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ApiError = {
    type: 'object',
    required: ['statusCode', 'code', 'message'],
    properties: {
      statusCode: { type: 'integer' },
      code: { type: 'string', enum: [...ALL_ERROR_CODES] },
      message: { type: 'string' },
      details: {
        type: 'array',
        items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  };
  return document;
}

export function setupOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
}

import type { OpenAPIObject } from '@nestjs/swagger';

export const API_TYPES_HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run gen:api\`. Do not edit: a test fails when this file is stale.
 */

`;

/** Renders the TypeScript types of the API (openapi-typescript), as committed in shared/src/api/schema.ts. */
export async function renderApiTypes(document: OpenAPIObject): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  // A JSON round trip drops undefined values and class instances, exactly as the served /api/docs-json does.
  const plain = JSON.parse(JSON.stringify(document)) as Parameters<typeof openapiTS>[0];
  const ast = await openapiTS(plain, { alphabetize: true, exportType: false, enum: false });
  return API_TYPES_HEADER + astToString(ast);
}

import * as z from 'zod/mini';

/**
 * A small registry of the API's operations, documented from the same zod schemas
 * the routes validate with (zod's own JSON Schema output), so the published
 * contract cannot drift from the code.
 */
type Schema = z.core.$ZodType;

export interface OperationDoc {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. `/api/townships/{code}`. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly parameters?: readonly {
    readonly name: string;
    readonly in: 'path' | 'query' | 'header';
    readonly required?: boolean;
    readonly description: string;
    readonly schema: Schema;
  }[];
  readonly requestBody?: Schema;
  readonly responses: Readonly<
    Record<number, { readonly description: string; readonly schema?: Schema }>
  >;
}

function jsonSchema(schema: Schema, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string', description: 'In the language asked for (zh-CN by default).' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

export type OpenApiDocument = Record<string, unknown>;

export function buildOpenApiDocument(
  operations: readonly OperationDoc[],
  info: { title: string; version: string; description: string },
): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      const isProblem = Number(status) >= 400;
      responses[status] = {
        description: response.description,
        content: isProblem
          ? { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
          : response.schema
            ? { 'application/json': { schema: jsonSchema(response.schema, 'output') } }
            : undefined,
      };
    }
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        summary: op.summary,
        description: op.description,
        tags: op.tags,
        parameters: op.parameters?.map((p) => ({
          name: p.name,
          in: p.in,
          required: p.in === 'path' ? true : (p.required ?? false),
          description: p.description,
          schema: jsonSchema(p.schema, 'input'),
        })),
        requestBody: op.requestBody
          ? {
              required: true,
              content: { 'application/json': { schema: jsonSchema(op.requestBody, 'input') } },
            }
          : undefined,
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: problemSchema },
      headers: {
        'Content-Language': { schema: { type: 'string', enum: ['zh-CN', 'en'] } },
      },
    },
  };
}

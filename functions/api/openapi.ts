import * as z from 'zod/mini';

/**
 * A small registry of the API's operations, documented from the same zod schemas
 * the routes validate with and the response builders are checked against (zod's own
 * JSON Schema output), so the published contract cannot drift from the code.
 */
type Schema = z.core.$ZodType;

/** Where a success body is not JSON: the CSV export, the reference page, its style sheet. */
type MediaType = 'application/json' | 'text/csv' | 'text/html' | 'text/css';

export interface ResponseDoc {
  readonly description: string;
  readonly schema?: Schema;
  /** application/json unless said; errors (4xx/5xx) are always problem+json. */
  readonly mediaType?: MediaType;
  /** Response headers worth a client's attention (Retry-After, Idempotent-Replayed…). */
  readonly headers?: Readonly<Record<string, { readonly description: string }>>;
}

export interface OperationDoc {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. `/api/townships/{code}`. Every `{name}` must be a declared parameter. */
  readonly path: string;
  /** Unique, camelCase: what generated clients name the call. */
  readonly operationId: string;
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
  /**
   * Every status the route itself answers. The generator adds the app-wide ones: 500 on
   * every operation, 413 on those with a body, and 401/403 on the staff ones.
   */
  readonly responses: Readonly<Record<number, ResponseDoc>>;
}

/** The staff API is everything under this prefix; all of it needs the bearer token. */
const staffPrefix = '/api/staff/';

const appWideResponses = {
  payloadTooLarge: { description: 'The body is over 64 KB (refused before it is read)' },
  internalError: { description: 'Something failed on the server; nothing was changed twice' },
  unauthorized: {
    description: 'No bearer token, or one that is expired, forged or for another audience',
    headers: { 'WWW-Authenticate': { description: 'Bearer error="invalid_token"' } },
  },
  forbidden: { description: 'The token carries no staff role that may use this route' },
} satisfies Record<string, ResponseDoc>;

type JsonSchema = Record<string, unknown>;

/**
 * Converts zod schemas to JSON Schema, moving the named ones (`z.meta({ id })`) to
 * `components.schemas`, so a body several operations share is written once.
 */
function schemaConverter() {
  const named: Record<string, JsonSchema> = {};
  const pointToComponents = (value: unknown): JsonSchema =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'));
  const convert = (schema: Schema, io: 'input' | 'output'): JsonSchema => {
    const converted = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
    const { $schema: _ignored, $defs, ...rest } = converted;
    for (const [id, definition] of Object.entries(($defs ?? {}) as Record<string, unknown>)) {
      const moved = pointToComponents(definition);
      if (id in named && JSON.stringify(named[id]) !== JSON.stringify(moved))
        throw new Error(`Two different schemas are named ${id}`);
      named[id] = moved;
    }
    return pointToComponents(rest);
  };
  return { named, convert };
}

const problemSchema = {
  type: 'object',
  description:
    'RFC 9457 problem details. Some problems add members: `reference` (a duplicate application), `current` (status and version after a conflict), `triesLeft` and `retryAt` (a refused status lookup).',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', description: 'urn:puning-portal:problem:<kind>' },
    title: { type: 'string', description: 'In the language asked for (zh-CN by default).' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    triesLeft: {
      type: 'integer',
      minimum: 0,
      description: 'Wrong access codes still allowed before the lookup is paused.',
    },
    retryAt: {
      type: 'string',
      format: 'date-time',
      description: 'When a paused lookup may be tried again.',
    },
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

const tagDescriptions: Record<string, string> = {
  public: 'What citizens use: the pre-check, applying and following an application.',
  reference: 'Public reference data, the same for everyone and cacheable.',
  operations: 'For monitoring.',
  staff: 'The staff console, behind the sign-in (a bearer token from the identity provider).',
  contract: 'This contract, the sign-in settings and the readable reference.',
};

export type OpenApiDocument = Record<string, unknown>;

/** Refuses a path whose `{name}` placeholders and declared path parameters differ. */
function checkPathParameters(op: OperationDoc): void {
  const placeholders = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
  const declared = (op.parameters ?? [])
    .filter((p) => p.in === 'path')
    .map((p) => p.name)
    .sort();
  if (placeholders.join() !== declared.join())
    throw new Error(
      `${op.method.toUpperCase()} ${op.path}: path parameters {${placeholders.join(', ')}} but declared [${declared.join(', ')}]`,
    );
}

function responseObject(
  status: number,
  response: ResponseDoc,
  convert: ReturnType<typeof schemaConverter>['convert'],
): Record<string, unknown> {
  const headers = response.headers
    ? Object.fromEntries(
        Object.entries(response.headers).map(([name, h]) => [
          name,
          { description: h.description, schema: { type: 'string' } },
        ]),
      )
    : undefined;
  // Errors are problem+json, unless the operation says otherwise (the health check's 503).
  if (status >= 400 && !response.schema)
    return {
      description: response.description,
      headers,
      content: {
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
      },
    };
  const mediaType = response.mediaType ?? 'application/json';
  const schema = response.schema
    ? convert(response.schema, 'output')
    : mediaType === 'application/json'
      ? undefined
      : { type: 'string' };
  return {
    description: response.description,
    headers,
    content: schema ? { [mediaType]: { schema } } : undefined,
  };
}

/** The operation's own responses plus the ones the app gives every such route. */
function allResponses(op: OperationDoc): Readonly<Record<number, ResponseDoc>> {
  const responses: Record<number, ResponseDoc> = { ...op.responses };
  if (op.path.startsWith(staffPrefix)) {
    responses[401] = appWideResponses.unauthorized;
    responses[403] ??= appWideResponses.forbidden;
  }
  if (op.requestBody) responses[413] = appWideResponses.payloadTooLarge;
  responses[500] = appWideResponses.internalError;
  return responses;
}

export function buildOpenApiDocument(
  operations: readonly OperationDoc[],
  info: { title: string; version: string; description: string },
): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas = schemaConverter();
  const operationIds = new Set<string>();
  for (const op of operations) {
    checkPathParameters(op);
    if (operationIds.has(op.operationId))
      throw new Error(`operationId ${op.operationId} is used twice`);
    operationIds.add(op.operationId);
    const responses = Object.fromEntries(
      Object.entries(allResponses(op)).map(([status, r]) => [
        status,
        responseObject(Number(status), r, schemas.convert),
      ]),
    );
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        operationId: op.operationId,
        summary: op.summary,
        description: op.description,
        tags: op.tags,
        // Public operations need no credentials, and say so.
        security: op.path.startsWith(staffPrefix) ? [{ staffBearer: [] }] : [],
        parameters: op.parameters?.map((p) => ({
          name: p.name,
          in: p.in,
          required: p.in === 'path' ? true : (p.required ?? false),
          description: p.description,
          schema: schemas.convert(p.schema, 'input'),
        })),
        requestBody: op.requestBody
          ? {
              required: true,
              content: {
                'application/json': { schema: schemas.convert(op.requestBody, 'input') },
              },
            }
          : undefined,
        responses,
      },
    };
  }
  const usedTags = [...new Set(operations.flatMap((op) => op.tags))];
  return {
    openapi: '3.1.0',
    info: { ...info, license: { name: 'Apache-2.0', identifier: 'Apache-2.0' } },
    servers: [{ url: '/', description: 'The site itself: the API is under /api' }],
    tags: usedTags.map((name) => ({ name, description: tagDescriptions[name] ?? name })),
    paths,
    components: {
      schemas: { Problem: problemSchema, ...schemas.named },
      securitySchemes: {
        staffBearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            "An ID token from the city's identity provider (OIDC); its group claim carries the staff role.",
        },
      },
    },
  };
}

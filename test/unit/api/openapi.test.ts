import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildContract } from '../../../functions/api/contract.ts';
import { buildOpenApiDocument, type OperationDoc } from '../../../functions/api/openapi.ts';

const info = { title: 'test', version: '1', description: 'test' };
const operation = (overrides: Partial<OperationDoc>): OperationDoc => ({
  method: 'get',
  path: '/api/things/{id}',
  operationId: 'getThing',
  summary: 'A thing',
  tags: ['public'],
  parameters: [{ name: 'id', in: 'path', description: 'Its id', schema: z.string() }],
  responses: { 200: { description: 'The thing', schema: z.object({ id: z.string() }) } },
  ...overrides,
});

type Operation = {
  security: unknown[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};
const operationIn = (doc: Record<string, unknown>, path: string, method: string) =>
  (doc.paths as Record<string, Record<string, Operation>>)[path]?.[method] as Operation;

describe('the OpenAPI generator', () => {
  it('refuses a path placeholder that is not a declared path parameter', () => {
    expect(() => buildOpenApiDocument([operation({ parameters: [] })], info)).toThrow(
      /\{id\} but declared \[\]/,
    );
  });

  it('refuses an operation id used twice', () => {
    const twice = [operation({}), operation({ method: 'post' })];
    expect(() => buildOpenApiDocument(twice, info)).toThrow(/getThing is used twice/);
  });

  it('puts the staff routes under the bearer scheme with 401 and 403, and says the others need nothing', () => {
    const doc = buildOpenApiDocument(
      [operation({}), operation({ path: '/api/staff/things/{id}', operationId: 'getStaffThing' })],
      info,
    );
    const staff = operationIn(doc, '/api/staff/things/{id}', 'get');
    expect(staff.security).toEqual([{ staffBearer: [] }]);
    expect(Object.keys(staff.responses)).toEqual(['200', '401', '403', '500']);
    const open = operationIn(doc, '/api/things/{id}', 'get');
    expect(open.security).toEqual([]);
    expect(Object.keys(open.responses)).toEqual(['200', '500']);
  });

  it('adds 413 to operations with a body, and answers errors as problem+json', () => {
    const doc = buildOpenApiDocument(
      [
        operation({
          method: 'post',
          requestBody: z.object({ name: z.string() }),
          responses: { 201: { description: 'Made' }, 400: { description: 'Wrong' } },
        }),
      ],
      info,
    );
    const post = operationIn(doc, '/api/things/{id}', 'post');
    expect(Object.keys(post.responses)).toEqual(['201', '400', '413', '500']);
    expect(Object.keys(post.responses['413']?.content ?? {})).toEqual(['application/problem+json']);
  });

  it('documents a success body for every success the portal answers', () => {
    const doc = buildContract('test');
    const paths = doc.paths as Record<string, Record<string, Operation>>;
    const withoutBody = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, op]) =>
        Object.entries(op.responses)
          .filter(([status, response]) => Number(status) < 300 && !response.content)
          .map(([status]) => `${method} ${path} ${status}`),
      ),
    );
    expect(withoutBody).toEqual([]);
  });
});

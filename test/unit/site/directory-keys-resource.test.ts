import {
  CopyObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type {
  CloudFormationCustomResourceEvent,
  CloudFormationCustomResourceResponse,
} from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { planDirectoryKeys, redirectPage } from '../../../functions/site/directory-keys.ts';
import {
  createDirectoryKeysHandler,
  parseProperties,
  writeDirectoryKeys,
} from '../../../functions/site/directory-keys-resource.ts';

const s3 = mockClient(S3Client);
const bucket = 'puningportal-sitecontentbucket-1a2b3c';
const cacheControl = 'public, max-age=300';

beforeEach(() => {
  s3.reset();
  s3.on(HeadObjectCommand).callsFake((input: { Key: string }) => ({
    ETag: `"etag-of-${input.Key}"`,
    ContentType: 'text/html',
    CacheControl: cacheControl,
    Metadata: { build: '2026-11-28' },
  }));
  s3.on(CopyObjectCommand).resolves({});
  s3.on(PutObjectCommand).resolves({});
});
afterAll(() => s3.restore());

const pages = planDirectoryKeys([
  'index.html',
  'apply/index.html',
  'en/programmes/dibao/index.html',
  'docs/index.html',
  'docs',
]);

const properties = {
  ServiceToken: 'arn:aws-cn:lambda:cn-north-1:111111111111:function:directory-keys',
  BucketName: bucket,
  Pages: pages,
  ContentHash: 'e166ffadb0403af8d2345bf4cdc3f398f1b733ffb899d55afcff49aa5d6eed3c',
};

function event(
  requestType: 'Create' | 'Update' | 'Delete',
  resourceProperties: Record<string, unknown> = properties,
): CloudFormationCustomResourceEvent {
  const common = {
    ServiceToken: properties.ServiceToken,
    ResponseURL:
      'https://cloudformation-custom-resource-response-cnnorth1.s3.cn-north-1.amazonaws.com.cn/x',
    StackId: 'arn:aws-cn:cloudformation:cn-north-1:111111111111:stack/PuningPortal/1',
    RequestId: `request-${requestType}`,
    LogicalResourceId: 'SiteDeploymentDirectoryKeys99A6281D',
    ResourceType: 'Custom::SiteDirectoryKeys',
    ResourceProperties: { ...resourceProperties, ServiceToken: properties.ServiceToken },
  };
  if (requestType === 'Create') return { ...common, RequestType: 'Create' };
  const PhysicalResourceId = `site-directory-keys-${bucket}`;
  if (requestType === 'Update') {
    return {
      ...common,
      RequestType: 'Update',
      PhysicalResourceId,
      OldResourceProperties: { ServiceToken: properties.ServiceToken },
    };
  }
  return { ...common, RequestType: 'Delete', PhysicalResourceId };
}

/** Requests run concurrently: compare them in key order. */
const byKey = (a: { Key?: string }, b: { Key?: string }) =>
  (a.Key ?? '').localeCompare(b.Key ?? '');

function handlerWith() {
  const responses: { url: string; response: CloudFormationCustomResourceResponse }[] = [];
  const logger = { info: vi.fn(), error: vi.fn() };
  const handler = createDirectoryKeysHandler({
    s3: new S3Client({ region: 'cn-north-1' }),
    logger,
    respond: async (url, response) => {
      responses.push({ url, response });
    },
  });
  return { handler, responses, logger };
}

describe('writeDirectoryKeys', () => {
  it('copies each page to its directory key as UTF-8 HTML with the page’s Cache-Control', async () => {
    await writeDirectoryKeys(new S3Client({ region: 'cn-north-1' }), bucket, pages);
    const copies = s3
      .commandCalls(CopyObjectCommand)
      .map((call) => call.args[0].input)
      .sort(byKey);
    expect(copies).toEqual(
      ['apply', 'docs', 'en/programmes/dibao'].map((dir) => ({
        Bucket: bucket,
        Key: `${dir}/`,
        CopySource: `${bucket}/${dir}/index.html`,
        CopySourceIfMatch: `"etag-of-${dir}/index.html"`,
        MetadataDirective: 'REPLACE',
        ContentType: 'text/html; charset=utf-8',
        CacheControl: cacheControl,
        Metadata: { build: '2026-11-28' },
      })),
    );
    const heads = s3.commandCalls(HeadObjectCommand).map((call) => call.args[0].input.Key);
    expect(heads.sort()).toEqual([
      'apply/index.html',
      'docs/index.html',
      'en/programmes/dibao/index.html',
    ]);
  });

  it('writes a redirect page at each key without the slash, but not over a file of the site', async () => {
    await writeDirectoryKeys(new S3Client({ region: 'cn-north-1' }), bucket, pages);
    const puts = s3
      .commandCalls(PutObjectCommand)
      .map((call) => call.args[0].input)
      .sort(byKey);
    expect(puts).toEqual([
      {
        Bucket: bucket,
        Key: 'apply',
        Body: redirectPage('apply/'),
        ContentType: 'text/html; charset=utf-8',
        CacheControl: cacheControl,
      },
      {
        Bucket: bucket,
        Key: 'en/programmes/dibao',
        Body: redirectPage('en/programmes/dibao/'),
        ContentType: 'text/html; charset=utf-8',
        CacheControl: cacheControl,
      },
    ]);
  });

  it('leaves Cache-Control unset when the deployment set none', async () => {
    s3.on(HeadObjectCommand).resolves({ ETag: '"e"', ContentType: 'text/html' });
    await writeDirectoryKeys(new S3Client({ region: 'cn-north-1' }), bucket, pages.slice(0, 1));
    const [copy] = s3.commandCalls(CopyObjectCommand).map((call) => call.args[0].input);
    expect(copy?.CacheControl).toBeUndefined();
    expect(copy?.ContentType).toBe('text/html; charset=utf-8');
  });

  it('percent-encodes the copy source key', async () => {
    await writeDirectoryKeys(
      new S3Client({ region: 'cn-north-1' }),
      bucket,
      planDirectoryKeys(['低保 a+b/index.html']),
    );
    const [copy] = s3.commandCalls(CopyObjectCommand).map((call) => call.args[0].input);
    expect(copy?.CopySource).toBe(`${bucket}/${encodeURIComponent('低保 a+b')}/index.html`);
    expect(copy?.Key).toBe('低保 a+b/');
  });

  it('writes 100 pages at most 8 at a time', async () => {
    let inFlight = 0;
    let peak = 0;
    s3.on(HeadObjectCommand).callsFake(async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return { ETag: '"e"' };
    });
    const many = planDirectoryKeys(Array.from({ length: 100 }, (_, i) => `p${i}/index.html`));
    await expect(
      writeDirectoryKeys(new S3Client({ region: 'cn-north-1' }), bucket, many),
    ).resolves.toBe(100);
    expect(peak).toBeLessThanOrEqual(8);
    expect(s3.commandCalls(CopyObjectCommand)).toHaveLength(100);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(100);
  });
});

describe('the custom resource handler', () => {
  it('writes the keys on Create and answers SUCCESS with a revision for the invalidation', async () => {
    const { handler, responses, logger } = handlerWith();
    await handler(event('Create'));
    expect(s3.commandCalls(CopyObjectCommand)).toHaveLength(3);
    expect(responses).toEqual([
      {
        url: event('Create').ResponseURL,
        response: {
          Status: 'SUCCESS',
          PhysicalResourceId: `site-directory-keys-${bucket}`,
          StackId: event('Create').StackId,
          RequestId: 'request-Create',
          LogicalResourceId: 'SiteDeploymentDirectoryKeys99A6281D',
          Data: { Revision: 'request-Create', Pages: 3 },
        },
      },
    ]);
    expect(logger.info).toHaveBeenCalledWith('directory keys written', {
      bucket,
      pages: 3,
      contentHash: properties.ContentHash,
    });
  });

  it('rewrites the keys on Update (new content), keeping the physical id', async () => {
    const { handler, responses } = handlerWith();
    await handler(event('Update'));
    expect(s3.commandCalls(CopyObjectCommand)).toHaveLength(3);
    expect(responses[0]?.response).toMatchObject({
      Status: 'SUCCESS',
      PhysicalResourceId: `site-directory-keys-${bucket}`,
      Data: { Revision: 'request-Update' },
    });
  });

  it('touches nothing on Delete: the bucket keeps its content, a replacement has written already', async () => {
    const { handler, responses } = handlerWith();
    await handler(event('Delete'));
    expect(s3.calls()).toHaveLength(0);
    expect(responses[0]?.response).toMatchObject({
      Status: 'SUCCESS',
      PhysicalResourceId: `site-directory-keys-${bucket}`,
    });
  });

  it('answers FAILED with the S3 error instead of leaving the stack waiting', async () => {
    s3.on(CopyObjectCommand).rejects(
      new S3ServiceException({
        name: 'AccessDenied',
        message: 'Access Denied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    const { handler, responses, logger } = handlerWith();
    await handler(event('Create'));
    expect(responses).toHaveLength(1);
    expect(responses[0]?.response).toMatchObject({
      Status: 'FAILED',
      Reason: 'AccessDenied: Access Denied',
      PhysicalResourceId: `site-directory-keys-${bucket}`,
    });
    expect(responses[0]?.response.Data).toBeUndefined();
    expect(logger.error).toHaveBeenCalled();
  });

  it('answers FAILED for malformed properties without calling S3', async () => {
    const { handler, responses } = handlerWith();
    await handler(event('Update', { ...properties, Pages: [{ page: 'apply/index.html' }] }));
    expect(s3.calls()).toHaveLength(0);
    expect(responses[0]?.response).toMatchObject({ Status: 'FAILED' });
    expect(responses[0]?.response.Reason).toContain('Pages[0]');
  });

  it('puts the response to the presigned URL when no responder is given', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    try {
      const handler = createDirectoryKeysHandler({
        s3: new S3Client({ region: 'cn-north-1' }),
        logger: { info: vi.fn(), error: vi.fn() },
      });
      await handler(event('Delete'));
      expect(fetchMock).toHaveBeenCalledTimes(1);
      const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
      expect(url).toBe(event('Delete').ResponseURL);
      expect(init.method).toBe('PUT');
      // Signed without a Content-Type: any other value would break the signature.
      expect(init.headers).toEqual({ 'content-type': '' });
      expect(JSON.parse(String(init.body))).toMatchObject({ Status: 'SUCCESS' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('parseProperties', () => {
  it('accepts what the stack passes and names what is wrong otherwise', () => {
    expect(parseProperties(properties)).toEqual({
      BucketName: bucket,
      Pages: pages,
      ContentHash: properties.ContentHash,
    });
    expect(() => parseProperties({ ...properties, BucketName: '' })).toThrow('BucketName');
    expect(() => parseProperties({ ...properties, Pages: 'apply/' })).toThrow('Pages must be');
    expect(() =>
      parseProperties({ ...properties, Pages: [{ page: 'a/index.html', directoryKey: 'a' }] }),
    ).toThrow('Pages[0]');
    expect(() => parseProperties({ ...properties, ContentHash: undefined })).toThrow('ContentHash');
  });
});

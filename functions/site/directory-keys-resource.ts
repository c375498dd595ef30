import {
  CopyObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type {
  CloudFormationCustomResourceEvent,
  CloudFormationCustomResourceResponse,
} from 'aws-lambda';
import type { Logger } from '../shared/logger.ts';
import { type DirectoryKeys, htmlContentType, redirectPage } from './directory-keys.ts';

/**
 * The deploy-time half of directory-keys.ts: a CloudFormation custom resource
 * (`Custom::SiteDirectoryKeys`, infra/lib/site-directory-keys.ts) that runs after the
 * site deployment has synced the bucket and writes the planned keys.
 */

/** The custom resource's properties, as CloudFormation passes them. */
export interface DirectoryKeysProperties {
  readonly BucketName: string;
  readonly Pages: readonly DirectoryKeys[];
  /** The site asset's hash: a new value makes CloudFormation send an Update. */
  readonly ContentHash: string;
}

/** What the resource returns (Fn::GetAtt): unique per run, for the invalidation. */
export interface DirectoryKeysData {
  readonly Revision: string;
  readonly Pages: number;
}

export interface DirectoryKeysDeps {
  readonly s3: S3Client;
  readonly logger: Pick<Logger, 'info' | 'error'>;
  /** PUTs the response to CloudFormation's presigned URL; fetch unless a test replaces it. */
  readonly respond?: (url: string, response: CloudFormationCustomResourceResponse) => Promise<void>;
}

/** Requests in flight at once: enough for a few hundred pages well inside a minute. */
const concurrency = 8;

/**
 * Copies each page to its directory key with `Content-Type: text/html; charset=utf-8`
 * and the page's own Cache-Control and user metadata (whatever the deployment set), and
 * writes the redirect pages with the same Cache-Control. Idempotent: a retry rewrites
 * the same objects. Returns the number of pages.
 */
export async function writeDirectoryKeys(
  s3: S3Client,
  bucket: string,
  pages: readonly DirectoryKeys[],
): Promise<number> {
  await inBatches(pages, concurrency, async ({ page, directoryKey, redirectKey }) => {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: page }));
    await s3.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: directoryKey,
        CopySource: `${bucket}/${page.split('/').map(encodeURIComponent).join('/')}`,
        // The object just read, not a newer one written meanwhile.
        CopySourceIfMatch: head.ETag,
        MetadataDirective: 'REPLACE',
        ContentType: htmlContentType,
        CacheControl: head.CacheControl,
        Metadata: head.Metadata,
      }),
    );
    if (redirectKey !== undefined) {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: redirectKey,
          Body: redirectPage(directoryKey),
          ContentType: htmlContentType,
          CacheControl: head.CacheControl,
        }),
      );
    }
  });
  return pages.length;
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(work));
  }
}

/** Checks the properties, naming what is wrong: they come from our own template. */
export function parseProperties(raw: Record<string, unknown>): DirectoryKeysProperties {
  const { BucketName, Pages, ContentHash } = raw;
  if (typeof BucketName !== 'string' || BucketName === '') {
    throw new Error('BucketName must be the site bucket name');
  }
  if (typeof ContentHash !== 'string') throw new Error('ContentHash must be a string');
  if (!Array.isArray(Pages)) throw new Error('Pages must be a list');
  const pages = Pages.map((entry: unknown, index): DirectoryKeys => {
    const { page, directoryKey, redirectKey } = (entry ?? {}) as Record<string, unknown>;
    if (
      typeof page !== 'string' ||
      typeof directoryKey !== 'string' ||
      !directoryKey.endsWith('/') ||
      (redirectKey !== undefined && typeof redirectKey !== 'string')
    ) {
      throw new Error(`Pages[${index}] must be { page, directoryKey ending in "/", redirectKey? }`);
    }
    return redirectKey === undefined ? { page, directoryKey } : { page, directoryKey, redirectKey };
  });
  return { BucketName, Pages: pages, ContentHash };
}

/**
 * The Lambda handler of the custom resource. Create and Update write the keys; Delete
 * leaves them (the bucket and the deployment's own files are retained too, and a
 * replacement's Delete runs after the new resource has written). Every outcome is
 * reported to CloudFormation, so a failure fails the deployment instead of hanging it.
 */
export function createDirectoryKeysHandler(deps: DirectoryKeysDeps) {
  const respond = deps.respond ?? putResponse;
  return async (event: CloudFormationCustomResourceEvent): Promise<void> => {
    const physicalId =
      event.RequestType === 'Create'
        ? `site-directory-keys-${String(event.ResourceProperties.BucketName ?? event.LogicalResourceId)}`
        : event.PhysicalResourceId;
    const base = {
      PhysicalResourceId: physicalId,
      StackId: event.StackId,
      RequestId: event.RequestId,
      LogicalResourceId: event.LogicalResourceId,
    };
    let response: CloudFormationCustomResourceResponse;
    try {
      if (event.RequestType === 'Delete') {
        response = { ...base, Status: 'SUCCESS' };
      } else {
        const props = parseProperties(event.ResourceProperties);
        const pages = await writeDirectoryKeys(deps.s3, props.BucketName, props.Pages);
        deps.logger.info('directory keys written', {
          bucket: props.BucketName,
          pages,
          contentHash: props.ContentHash,
        });
        const data: DirectoryKeysData = { Revision: event.RequestId, Pages: pages };
        response = { ...base, Status: 'SUCCESS', Data: { ...data } };
      }
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      deps.logger.error('directory keys failed', { error: message });
      // CloudFormation shows the reason in the stack events; it keeps the first 4 KB.
      response = { ...base, Status: 'FAILED', Reason: message.slice(0, 1000) };
    }
    await respond(event.ResponseURL, response);
  };
}

/** The response goes to a presigned S3 URL signed without a Content-Type. */
async function putResponse(
  url: string,
  response: CloudFormationCustomResourceResponse,
): Promise<void> {
  const result = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': '' },
    body: JSON.stringify(response),
  });
  if (!result.ok) {
    throw new Error(`CloudFormation response not accepted: ${result.status} ${result.statusText}`);
  }
}

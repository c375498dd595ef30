import {
  DeleteObjectsCommand,
  ListObjectVersionsCommand,
  type ObjectIdentifier,
  type S3Client,
} from '@aws-sdk/client-s3';
import { applicationDocumentsPrefix } from './expired-applications.ts';

/**
 * Deleting the supporting documents of an application whose retention has run out.
 * Documents are stored as `applications/<reference>/<documentId>` (the key layout of
 * functions/store/document-storage.ts); the bucket is versioned, so every version and
 * every delete marker under the prefix is deleted, leaving nothing to restore.
 */

export class DocumentDeletionError extends Error {
  override readonly name = 'DocumentDeletionError';
  /** S3's error codes for the objects it would not delete (never keys or content). */
  readonly codes: readonly string[];
  constructor(codes: readonly string[]) {
    super(`S3 did not delete ${codes.length} object version(s): ${[...new Set(codes)].join(', ')}`);
    this.codes = codes;
  }
}

/**
 * Deletes every version and delete marker under the application's prefix, a page
 * (≤ 1,000) at a time; returns how many were deleted. Idempotent: run again, it finds
 * nothing and deletes nothing. Throws DocumentDeletionError if S3 refuses any.
 */
export async function deleteApplicationDocuments(
  s3: Pick<S3Client, 'send'>,
  bucket: string,
  reference: string,
): Promise<number> {
  const prefix = applicationDocumentsPrefix(reference);
  let deleted = 0;
  let keyMarker: string | undefined;
  let versionIdMarker: string | undefined;
  for (;;) {
    const page = await s3.send(
      new ListObjectVersionsCommand({
        Bucket: bucket,
        Prefix: prefix,
        ...(keyMarker === undefined ? {} : { KeyMarker: keyMarker }),
        ...(versionIdMarker === undefined ? {} : { VersionIdMarker: versionIdMarker }),
      }),
    );
    const objects: ObjectIdentifier[] = [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]
      .filter((o) => o.Key?.startsWith(prefix))
      .map((o) => ({ Key: o.Key, VersionId: o.VersionId }));
    if (objects.length > 0) {
      const result = await s3.send(
        new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: objects, Quiet: true } }),
      );
      const errors = result.Errors ?? [];
      if (errors.length > 0)
        throw new DocumentDeletionError(errors.map((e) => e.Code ?? 'Unknown'));
      deleted += objects.length;
    }
    if (!page.IsTruncated) return deleted;
    keyMarker = page.NextKeyMarker;
    versionIdMarker = page.NextVersionIdMarker;
  }
}

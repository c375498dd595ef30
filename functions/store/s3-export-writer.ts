import { PassThrough } from 'node:stream';
import { Upload } from '@aws-sdk/lib-storage';
import type { ExportStorage, ExportWriter, S3ExportOptions } from './export-storage.ts';
import { exportContentType, presignExportDownload, s3ClientFor } from './s3-export-links.ts';

/** S3's least part size; `Upload` refuses smaller. */
const leastPartBytes = 5 * 1024 * 1024;

/**
 * Streams a file to S3 with `@aws-sdk/lib-storage`'s `Upload` reading a PassThrough: it
 * cuts parts of `partBytes` and keeps `queueSize` of them in flight, so the worker holds
 * at most about (queueSize + 1) parts — 40 MiB with the defaults, well inside its 1 GB.
 * A file smaller than one part is a single PUT. Writes wait while the stream is full.
 */
export function createS3ExportWriter(options: S3ExportOptions): ExportStorage {
  const client = s3ClientFor(options);
  const Bucket = options.bucket;
  const partSize = Math.max(options.partBytes ?? 8 * 1024 * 1024, leastPartBytes);
  const queueSize = Math.max(1, options.queueSize ?? 4);

  async function open(Key: string): Promise<ExportWriter> {
    const body = new PassThrough();
    const upload = new Upload({
      client,
      params: { Bucket, Key, Body: body, ContentType: exportContentType },
      partSize,
      queueSize,
      // A failed upload sends AbortMultipartUpload: no parts left behind to pay for.
      leavePartsOnError: false,
    });
    const done = upload.done();
    // Seen by whichever of write, finish or abort is waiting; never unhandled.
    done.catch(() => undefined);

    return {
      async write(text) {
        if (!body.write(text))
          await Promise.race([new Promise((resolve) => body.once('drain', resolve)), done]);
      },
      async finish() {
        body.end();
        await done;
      },
      async abort() {
        // Failing the stream makes `Upload` stop reading, wait for the parts in flight
        // and abort the multipart upload (if one was started) before `done` settles.
        body.destroy(new Error('Export abandoned'));
        await done.catch(() => undefined);
      },
    };
  }

  return {
    kind: 's3',
    open,
    prepareDownload: (file, now) => presignExportDownload(client, Bucket, file, now),
  };
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import { exportLinkSeconds } from '../domain/staff/export-job.ts';
import type { DownloadTarget } from './document-storage.ts';

/**
 * Where export files go: written piece by piece as the worker reads, then handed to the
 * person who asked through a link that works for a few minutes. In AWS a multipart
 * upload (`@aws-sdk/lib-storage`) to the exports bucket and a presigned GET
 * (s3-export-writer.ts); with
 * `npm start` a file under DATA_DIR and a signed local URL.
 */
export interface ExportWriter {
  /** Waits when the storage is behind, so memory holds a few parts at most. */
  write(text: string): Promise<void>;
  finish(): Promise<void>;
  /** Throws away what was written (a failed job leaves no partial file to fetch). */
  abort(): Promise<void>;
}

export interface ExportFile {
  readonly objectKey: string;
  readonly fileName: string;
}

export interface ExportStorage {
  readonly kind: 's3' | 'local';
  open(objectKey: string): Promise<ExportWriter>;
  prepareDownload(file: ExportFile, now: Date): Promise<DownloadTarget>;
}

export interface S3ExportOptions {
  readonly bucket: string;
  readonly region: string;
  readonly credentials?: S3ClientConfig['credentials'];
  /** Bytes per multipart part (S3's least is 5 MiB); 8 MiB by default. */
  readonly partBytes?: number;
  /** Parts uploaded at once (each held in memory); 4 by default. */
  readonly queueSize?: number;
}

/** The exports bucket, with the S3 client imported on first use (as documents are, §17). */
export function createS3ExportStorage(options: S3ExportOptions): ExportStorage {
  let loaded: Promise<ExportStorage> | undefined;
  const load = () => {
    loaded ??= import('./s3-export-writer.ts')
      .then((module) => module.createS3ExportWriter(options))
      .catch((error: unknown) => {
        loaded = undefined;
        throw error;
      });
    return loaded;
  };
  return {
    kind: 's3',
    open: async (objectKey) => (await load()).open(objectKey),
    prepareDownload: async (file, now) => (await load()).prepareDownload(file, now),
  };
}

/**
 * The staff function's view of the bucket: links only, so its bundle leaves out the
 * upload library the worker needs (s3-export-links.ts, loaded on first use).
 */
export function createS3ExportLinks(
  options: Pick<S3ExportOptions, 'bucket' | 'region' | 'credentials'>,
): Pick<ExportStorage, 'kind' | 'prepareDownload'> {
  let loaded: Promise<Pick<ExportStorage, 'prepareDownload'>> | undefined;
  const load = () => {
    loaded ??= import('./s3-export-links.ts')
      .then((module) => module.createS3ExportLinkSigner(options))
      .catch((error: unknown) => {
        loaded = undefined;
        throw error;
      });
    return loaded;
  };
  return {
    kind: 's3',
    prepareDownload: async (file, now) => (await load()).prepareDownload(file, now),
  };
}

interface LocalExportGrant extends ExportFile {
  readonly expires: number;
  readonly purpose: 'export';
}

/** `exports/<uuid>.csv` only: a key becomes a file name. */
function assertSafeKey(objectKey: string): string {
  const name = /^exports\/([0-9a-f-]{36}\.csv)$/.exec(objectKey)?.[1];
  if (!name) throw new Error('Unexpected export name');
  return name;
}

/** The local stand-in: a folder and links signed like the local document links. */
export function createLocalExportStorage(options: { folder: string; secret: string }) {
  const sign = (payload: string) =>
    createHmac('sha256', options.secret).update(`export:${payload}`).digest('base64url');
  const pathOf = (objectKey: string) => join(options.folder, assertSafeKey(objectKey));
  return {
    kind: 'local' as const,
    async open(objectKey: string): Promise<ExportWriter> {
      await mkdir(options.folder, { recursive: true });
      const file = pathOf(objectKey);
      const out = createWriteStream(file, { flags: 'w' });
      const failed = new Promise<never>((_, reject) => out.once('error', reject));
      failed.catch(() => undefined);
      return {
        async write(text) {
          if (!out.write(text))
            await Promise.race([
              new Promise<void>((resolve) => out.once('drain', () => resolve())),
              failed,
            ]);
        },
        async finish() {
          await Promise.race([new Promise<void>((resolve) => out.end(resolve)), failed]);
        },
        async abort() {
          out.destroy();
          await rm(file, { force: true });
        },
      };
    },
    async prepareDownload(file: ExportFile, now: Date): Promise<DownloadTarget> {
      const grant: LocalExportGrant = {
        ...file,
        expires: now.getTime() + exportLinkSeconds * 1000,
        purpose: 'export',
      };
      const payload = Buffer.from(JSON.stringify(grant)).toString('base64url');
      return {
        url: `/api/exports/${payload}.${sign(payload)}`,
        expiresAt: new Date(grant.expires).toISOString(),
      };
    },
    /** The file behind a link, or null when forged, expired or gone. */
    async read(
      token: string,
      now: Date,
    ): Promise<{ file: ExportFile; size: number; body: ReadableStream } | null> {
      const [payload = '', signature = ''] = token.split('.');
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      const grant = JSON.parse(Buffer.from(payload, 'base64url').toString()) as LocalExportGrant;
      if (grant.purpose !== 'export' || grant.expires < now.getTime()) return null;
      const path = pathOf(grant.objectKey);
      const size = await stat(path).then(
        (s) => s.size,
        () => null,
      );
      if (size === null) return null;
      return {
        file: grant,
        size,
        body: Readable.toWeb(createReadStream(path)) as ReadableStream,
      };
    },
  };
}

export type LocalExportStorage = ReturnType<typeof createLocalExportStorage>;

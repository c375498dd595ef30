/**
 * Sends a file with a PUT and reports how much has gone, for a <progress> bar: fetch
 * cannot report an upload's progress in every browser, XMLHttpRequest can.
 */
export interface UploadProgress {
  readonly sent: number;
  readonly total: number;
}

/** Resolves with the HTTP status; rejects when the connection fails or times out. */
export function uploadWithProgress(
  target: { url: string; method: 'PUT'; headers: Readonly<Record<string, string>> },
  body: Blob,
  onProgress: (progress: UploadProgress) => void,
  timeoutMs = 120_000,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(target.method, target.url);
    for (const [name, value] of Object.entries(target.headers)) {
      request.setRequestHeader(name, value);
    }
    request.timeout = timeoutMs;
    request.upload.addEventListener('progress', (event) => {
      onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : body.size });
    });
    request.addEventListener('load', () => {
      onProgress({ sent: body.size, total: body.size });
      resolve(request.status);
    });
    request.addEventListener('error', () => reject(new Error('upload failed')));
    request.addEventListener('timeout', () => reject(new Error('upload timed out')));
    request.addEventListener('abort', () => reject(new Error('upload aborted')));
    request.send(body);
  });
}

/** A size as people read it: "4.2 MB", "380 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

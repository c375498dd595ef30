import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

export interface EmbeddedDynamo {
  /** e.g. http://127.0.0.1:41234 */
  readonly endpoint: string;
  close(): Promise<void>;
}

/**
 * Starts dynalite, the embedded DynamoDB engine, on a free loopback port. With a
 * folder the data persists there across restarts; without one it lives in memory
 * (tests). Tables are created instantly, as a local engine should.
 */
export async function startEmbeddedDynamo(dataFolder?: string): Promise<EmbeddedDynamo> {
  if (dataFolder) await mkdir(dataFolder, { recursive: true });
  const server = dynalite({
    ...(dataFolder ? { path: dataFolder } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

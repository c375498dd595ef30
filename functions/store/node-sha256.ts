import { createHash, createHmac } from 'node:crypto';
import type { SourceData } from '@smithy/types';

/** SHA-256 and HMAC-SHA-256 from node:crypto, in the shape the signer takes. */
export class NodeSha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret
      ? createHmac(
          'sha256',
          typeof secret === 'string' ? secret : Buffer.from(secret as Uint8Array),
        )
      : createHash('sha256');
  }
  update(data: Uint8Array | string): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

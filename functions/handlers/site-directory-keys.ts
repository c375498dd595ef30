import { S3Client } from '@aws-sdk/client-s3';
import { createLogger } from '../shared/logger.ts';
import { createDirectoryKeysHandler } from '../site/directory-keys-resource.ts';

/**
 * Custom::SiteDirectoryKeys (AWS China regions only): after each site deployment, writes
 * every page under its directory key, see functions/site/directory-keys.ts.
 */
export const handler = createDirectoryKeysHandler({
  s3: new S3Client({}),
  logger: createLogger(),
});

import { fromEnv } from '@aws-sdk/credential-provider-env';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { NodeSha256 } from './node-sha256.ts';

/**
 * Secrets are read from Secrets Manager once, when a function starts (its init), not
 * resolved into its configuration at deploy time, where anyone allowed to read the
 * function's configuration would see them. One signed JSON call with the SigV4 signer
 * every bundle carries anyway, rather than the Secrets Manager client.
 */
export interface SecretsManagerAccess {
  readonly region: string;
  readonly credentials?: AwsCredentialIdentityProvider;
  /** Tests point this at a local server; AWS otherwise. */
  readonly endpoint?: string;
}

export async function readSecretString(
  secretId: string,
  access: SecretsManagerAccess,
  versionId?: string,
): Promise<string> {
  const url = new URL(
    access.endpoint ??
      `https://secretsmanager.${access.region}.amazonaws.com${access.region.startsWith('cn-') ? '.cn' : ''}/`,
  );
  const body = JSON.stringify({
    SecretId: secretId,
    ...(versionId ? { VersionId: versionId } : {}),
  });
  const signer = new SignatureV4({
    service: 'secretsmanager',
    region: access.region,
    credentials: access.credentials ?? fromEnv(),
    sha256: NodeSha256,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    query: {},
    headers: {
      host: url.host,
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'secretsmanager.GetSecretValue',
    },
    body,
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: signed.headers,
    body,
    signal: AbortSignal.timeout(5000),
  });
  const answer = (await response.json().catch(() => ({}))) as {
    SecretString?: string;
    __type?: string;
  };
  if (!response.ok || typeof answer.SecretString !== 'string') {
    // The error type only: never the secret's name or value in a log line.
    throw new Error(
      `Secrets Manager refused GetSecretValue (${response.status} ${answer.__type ?? 'no type'})`,
    );
  }
  return answer.SecretString;
}

/**
 * The environment with each named secret filled in from the secret `<NAME>_ARN` names
 * (and an optional `<NAME>_VERSION`), unless `<NAME>` is set already (local runs and
 * tests give the value itself).
 */
export async function withSecrets(
  env: Record<string, string | undefined>,
  names: readonly string[],
  access: SecretsManagerAccess = { region: env.AWS_REGION ?? 'cn-north-1' },
): Promise<Record<string, string | undefined>> {
  const filled = { ...env };
  await Promise.all(
    names.map(async (name) => {
      const arn = env[`${name}_ARN`];
      if (env[name] !== undefined || !arn) return;
      filled[name] = await readSecretString(arn, access, env[`${name}_VERSION`]);
    }),
  );
  return filled;
}

import { getSecret, SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';

/**
 * Secrets are read from Secrets Manager once, when a function starts (its init), not
 * resolved into its configuration at deploy time, where anyone allowed to read the
 * function's configuration would see them. Powertools Parameters reads them (its
 * default Secrets Manager client, the function's own role and region).
 */

/**
 * Powertools keeps a value 5 seconds by default; ours are kept for the life of the
 * execution environment, so a new value arrives with the next cold start, as when the
 * read was our own.
 */
const keptForTheEnvironmentsLife = 24 * 60 * 60;

/**
 * Powertools caches by secret name alone, whatever the version asked for: values of an
 * earlier stage are read through a provider of their own, so neither shadows the other.
 */
let previousValues: SecretsProvider | undefined;

/** A failed read, naming the variable and the error type: never the secret's name or value. */
class SecretReadError extends Error {
  override name = 'SecretReadError';
}

async function readSecret(
  variable: string,
  secretId: string,
  version: { VersionId?: string; VersionStage?: string } = {},
) {
  let value: unknown;
  try {
    const options = {
      maxAge: keptForTheEnvironmentsLife,
      ...(version.VersionId || version.VersionStage ? { sdkOptions: version } : {}),
    };
    if (version.VersionStage) {
      // Read once per cold start by its only caller: nothing to keep.
      previousValues ??= new SecretsProvider();
      value = await previousValues.get(secretId, { ...options, forceFetch: true });
    } else {
      value = await getSecret(secretId, options);
    }
  } catch (error) {
    // The SDK's messages can quote the secret's ARN (an access denial does), so neither
    // the message nor the error itself (as `cause`) travels on to the init log.
    const cause = error instanceof Error ? (error.cause ?? error) : error;
    const type = cause instanceof Error ? cause.name : 'UnknownError';
    throw new SecretReadError(`Secrets Manager refused ${variable} (${type})`, { cause: type });
  }
  if (typeof value !== 'string')
    throw new SecretReadError(`Secrets Manager holds no text for ${variable}`);
  return value;
}

/**
 * The environment with each named secret filled in from the secret `<NAME>_ARN` names
 * (and an optional `<NAME>_VERSION`, to pin one version), unless `<NAME>` is set
 * already (local runs and tests give the value itself).
 */
export async function withSecrets(
  env: Record<string, string | undefined>,
  names: readonly string[],
): Promise<Record<string, string | undefined>> {
  const filled = { ...env };
  await Promise.all(
    names.map(async (name) => {
      const arn = env[`${name}_ARN`];
      if (env[name] !== undefined || !arn) return;
      filled[name] = await readSecret(`${name}_ARN`, arn, { VersionId: env[`${name}_VERSION`] });
    }),
  );
  return filled;
}

/**
 * The environment with `<NAME>_PREVIOUS` filled in from the secret `<NAME>_ARN` names, at
 * its stage AWSPREVIOUS: the value before the last rotation, still accepted while the
 * new one spreads. Left as it is when the secret has had one value only, without an ARN
 * (local runs and tests give the values themselves) or with `<NAME>_PREVIOUS` given.
 */
export async function withPreviousSecret(
  env: Record<string, string | undefined>,
  name: string,
): Promise<Record<string, string | undefined>> {
  const arn = env[`${name}_ARN`];
  if (!arn || env[`${name}_PREVIOUS`] !== undefined) return env;
  try {
    const previous = await readSecret(`${name}_ARN`, arn, { VersionStage: 'AWSPREVIOUS' });
    return { ...env, [`${name}_PREVIOUS`]: previous };
  } catch (error) {
    // No version holds AWSPREVIOUS until the secret's first change.
    if (error instanceof SecretReadError && error.cause === 'ResourceNotFoundException') return env;
    throw error;
  }
}

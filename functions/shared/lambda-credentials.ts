import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles (an esbuild
 * alias in infra/lib/lambda-function.ts). Lambda hands every function its role's
 * credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, the
 * first source the SDK's default chain tries; the rest of that chain (SSO, STS web
 * identity, INI files, instance metadata) and the nested STS/SSO clients it carries
 * are never reached there, yet made a quarter of every bundle and its cold start.
 * Local runs and tests are not bundled and keep the SDK's full chain.
 */
export const defaultProvider = (init: Parameters<typeof fromEnv>[0] = {}) => fromEnv(init);

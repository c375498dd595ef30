import { SecretValue } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { originVerifyHeader } from '../../functions/api/middleware/origin-lock.ts';
import { acknowledge } from './nag.ts';

export interface OriginSecretProps {
  /**
   * The version of the secret CloudFront sends and the functions take as current
   * (`-c originSecretVersion=<version id>`). Without it, AWSCURRENT as it was at deploy
   * time. Naming the version an operator just wrote changes both the distribution and
   * the functions' configuration, so the next deploy carries the new value.
   */
  readonly versionId?: string;
}

/**
 * The origin lock's shared secret: CloudFront adds it to every request it sends to the
 * API (an origin custom header) and the API functions refuse requests without it, so
 * the execute-api address answers only through CloudFront (and its WAF). The functions
 * read it at cold start, the current value and the one before the last rotation.
 */
export class OriginSecret extends Construct {
  readonly secret: Secret;
  readonly versionId?: string;

  constructor(scope: Construct, id: string, props: OriginSecretProps = {}) {
    super(scope, id);
    this.versionId = props.versionId;
    this.secret = new Secret(this, 'Secret', {
      description:
        'Puning portal origin lock: the X-Origin-Verify value CloudFront sends to the API. Rotate with put-secret-value, then deploy with -c originSecretVersion=<new version id> (docs/deploy.md)',
      // Letters and digits only: a header value, compared as it is.
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    acknowledge(this.secret, {
      'AwsSolutions-SMG4':
        'CloudFront must send the new value in step with the functions accepting it, which a rotation function cannot do without redeploying the distribution: operators rotate it with put-secret-value and a deploy naming the version (docs/deploy.md); the functions accept the previous value meanwhile',
    });
  }

  /** The origin custom header of the API origin (a dynamic reference, resolved at deploy). */
  get originHeaders(): Record<string, string> {
    const value = SecretValue.secretsManager(this.secret.secretArn, {
      ...(this.versionId ? { versionId: this.versionId } : {}),
    });
    // The value lands in the distribution's configuration, readable to anyone allowed
    // cloudfront:GetDistributionConfig: the price of an origin custom header.
    return { [originVerifyHeader]: value.unsafeUnwrap() };
  }

  /** The variables an API function reads the secret by (withSecrets, withPreviousSecret). */
  get functionEnvironment(): Record<string, string> {
    return {
      ORIGIN_VERIFY_SECRET_ARN: this.secret.secretArn,
      ...(this.versionId ? { ORIGIN_VERIFY_SECRET_VERSION: this.versionId } : {}),
    };
  }

  grantRead(grantee: IGrantable): void {
    this.secret.grantRead(grantee);
  }
}

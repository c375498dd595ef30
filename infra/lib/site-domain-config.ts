/**
 * The site's custom domain and its certificate, decided from CDK context before any
 * construct exists. Pure (no CDK imports) so bin/app.ts, the site construct and the tests
 * share one decision.
 *
 * CloudFront takes its certificate from ACM in us-east-1 in the AWS global regions. In the
 * AWS China regions ACM certificates cannot be used with CloudFront: the certificate is an
 * IAM server certificate uploaded with the path /cloudfront/, and the domain needs an ICP
 * filing (备案) — without a custom domain a China distribution serves no content.
 */

import { partitionOf } from './partition.ts';

/** An ACM certificate in us-east-1 (AWS global regions). */
export interface AcmCustomDomain {
  readonly domainName: string;
  readonly certificateArn: string;
}

/** An IAM server certificate under /cloudfront/ (AWS China regions). */
export interface IamCustomDomain {
  readonly domainName: string;
  /** The ServerCertificateId that `aws iam upload-server-certificate` prints (ASCA…). */
  readonly iamCertificateId: string;
}

export type CustomDomain = AcmCustomDomain | IamCustomDomain;

/** The context keys this decision reads; bin/app.ts looks each one up. */
export const siteDomainContextKeys: readonly string[] = [
  'domainName',
  'certificateArn',
  'iamCertificateId',
];

const acmHint =
  '-c certificateArn=arn:aws:acm:us-east-1:<account>:certificate/<id> (an ACM certificate in us-east-1)';
const iamHint =
  '-c iamCertificateId=<ServerCertificateId> (an IAM server certificate uploaded with ' +
  '`aws iam upload-server-certificate --path /cloudfront/<name>/ …`, see docs/deploy.md)';

/** The certificate context a region needs, for error messages. */
function hintFor(region: string | undefined): string {
  return partitionOf(region) === 'aws-cn' ? iamHint : acmHint;
}

/**
 * The custom domain in context, or undefined when none is. Throws, naming what to pass
 * instead, when the values cannot work in the region: a domain without a certificate (or
 * the reverse), both kinds of certificate, an ACM ARN in an AWS China region, an IAM
 * server certificate id in a global region, or a malformed value.
 */
export function customDomainFromContext(
  context: Readonly<Record<string, unknown>>,
  region: string | undefined,
): CustomDomain | undefined {
  const value = (key: string): string | undefined => {
    const raw = context[key];
    if (raw === undefined || raw === null) return undefined;
    const text = String(raw).trim();
    return text === '' ? undefined : text;
  };
  const domainName = value('domainName');
  const certificateArn = value('certificateArn');
  const iamCertificateId = value('iamCertificateId');

  if (domainName === undefined && certificateArn === undefined && iamCertificateId === undefined) {
    return undefined;
  }
  if (certificateArn !== undefined && iamCertificateId !== undefined) {
    throw new Error(
      `Custom domain: give either certificateArn or iamCertificateId, not both; for ${region ?? 'this region'} pass ${hintFor(region)}`,
    );
  }
  if (domainName === undefined) {
    throw new Error(
      'Custom domain: a certificate was given without the domain it is for; also pass -c domainName=<host name>',
    );
  }
  const domain =
    iamCertificateId !== undefined
      ? { domainName, iamCertificateId }
      : certificateArn !== undefined
        ? { domainName, certificateArn }
        : undefined;
  if (domain === undefined) {
    throw new Error(
      `Custom domain: domainName ${domainName} needs a certificate for CloudFront; pass ${hintFor(region)}`,
    );
  }
  assertCustomDomainValues(domain, region);
  return domain;
}

/**
 * Refuses a certificate CloudFront cannot use in the region's partition: an ACM ARN in
 * an AWS China region, an IAM server certificate id in a global one. The site construct
 * checks this too, for stacks built without bin/app.ts.
 */
export function assertCertificateFitsRegion(
  domain: CustomDomain,
  region: string | undefined,
): void {
  const china = partitionOf(region) === 'aws-cn';
  if ('certificateArn' in domain && china) {
    throw new Error(
      `Custom domain: CloudFront in the AWS China regions (${region}) cannot use ACM certificates such as ${domain.certificateArn}. ` +
        `Upload the certificate as an IAM server certificate and pass ${iamHint} instead of certificateArn`,
    );
  }
  if ('iamCertificateId' in domain && !china) {
    throw new Error(
      'Custom domain: IAM server certificates (iamCertificateId) are for CloudFront in the AWS China regions; ' +
        `in ${region ?? 'an AWS global region'} pass ${acmHint} instead of iamCertificateId`,
    );
  }
}

/** The partition check, then the shape of each value as given in context. */
function assertCustomDomainValues(domain: CustomDomain, region: string | undefined): void {
  assertCertificateFitsRegion(domain, region);
  if (!isHostName(domain.domainName)) {
    throw new Error(
      `Custom domain: domainName "${domain.domainName}" is not a host name (e.g. dibao.puning.gov.cn, without https:// or a path)`,
    );
  }
  if (
    'certificateArn' in domain &&
    !/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(domain.certificateArn)
  ) {
    throw new Error(
      `Custom domain: certificateArn "${domain.certificateArn}" is not an ACM certificate ARN in us-east-1 ` +
        `(CloudFront reads certificates from there only); pass ${acmHint}`,
    );
  }
  if ('iamCertificateId' in domain && !/^ASCA[A-Z0-9]{8,}$/.test(domain.iamCertificateId)) {
    throw new Error(
      `Custom domain: iamCertificateId "${domain.iamCertificateId}" is not an IAM server certificate id. ` +
        'Pass the ServerCertificateId (it starts with ASCA), not the name or ARN: ' +
        'aws iam get-server-certificate --server-certificate-name <name> ' +
        '--query ServerCertificate.ServerCertificateMetadata.ServerCertificateId',
    );
  }
}

/** A DNS host name of at least two labels: letters, digits and inner hyphens. */
function isHostName(text: string): boolean {
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  return text.length <= 253 && new RegExp(`^(?:${label}\\.)+${label}$`, 'i').test(text);
}

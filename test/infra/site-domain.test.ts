import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  customDomainFromContext,
  siteDomainContextKeys,
} from '../../infra/lib/site-domain-config.ts';
import { buildSiteStack } from './support/site-stack.ts';

const acmArn =
  'arn:aws:acm:us-east-1:111111111111:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const iamId = 'ASCACKCEVSQ6C2EXAMPLE';
const domainName = 'dibao.puning.gov.cn';

const viewerCertificate = (template: Template) => {
  const [distribution] = Object.values(
    template.findResources('AWS::CloudFront::Distribution') as Record<
      string,
      { Properties: { DistributionConfig: Record<string, unknown> } }
    >,
  );
  return distribution?.Properties.DistributionConfig;
};

describe('customDomainFromContext', () => {
  it('reads domainName, certificateArn and iamCertificateId from context', () => {
    expect(siteDomainContextKeys).toEqual(['domainName', 'certificateArn', 'iamCertificateId']);
  });

  it('gives no custom domain when none is configured, in either partition', () => {
    expect(customDomainFromContext({}, 'ap-east-1')).toBeUndefined();
    expect(customDomainFromContext({ domainName: ' ' }, 'cn-north-1')).toBeUndefined();
    expect(customDomainFromContext({}, undefined)).toBeUndefined();
  });

  it('takes an ACM certificate in us-east-1 in AWS global regions', () => {
    expect(
      customDomainFromContext({ domainName, certificateArn: ` ${acmArn} ` }, 'ap-east-1'),
    ).toEqual({ domainName, certificateArn: acmArn });
    expect(customDomainFromContext({ domainName, certificateArn: acmArn }, undefined)).toEqual({
      domainName,
      certificateArn: acmArn,
    });
  });

  it('takes an IAM server certificate id in the AWS China regions', () => {
    for (const region of ['cn-north-1', 'cn-northwest-1']) {
      expect(customDomainFromContext({ domainName, iamCertificateId: iamId }, region)).toEqual({
        domainName,
        iamCertificateId: iamId,
      });
    }
  });

  it('refuses an ACM certificate in a China region, saying to pass iamCertificateId', () => {
    const arn = 'arn:aws-cn:acm:cn-north-1:111111111111:certificate/0f1e2d3c';
    for (const certificateArn of [acmArn, arn]) {
      expect(() => customDomainFromContext({ domainName, certificateArn }, 'cn-north-1')).toThrow(
        /cannot use ACM certificates.*-c iamCertificateId=<ServerCertificateId>.*upload-server-certificate --path \/cloudfront\//,
      );
    }
  });

  it('refuses an IAM server certificate in a global region, saying to pass certificateArn', () => {
    for (const region of ['ap-east-1', undefined]) {
      expect(() =>
        customDomainFromContext({ domainName, iamCertificateId: iamId }, region),
      ).toThrow(
        /are for CloudFront in the AWS China regions.*-c certificateArn=arn:aws:acm:us-east-1:/,
      );
    }
  });

  it('refuses a domain without a certificate, naming the one the region needs', () => {
    expect(() => customDomainFromContext({ domainName }, 'cn-north-1')).toThrow(
      /needs a certificate.*-c iamCertificateId=/,
    );
    expect(() => customDomainFromContext({ domainName }, 'ap-east-1')).toThrow(
      /needs a certificate.*-c certificateArn=/,
    );
  });

  it('refuses a certificate without its domain, and both kinds of certificate at once', () => {
    expect(() => customDomainFromContext({ iamCertificateId: iamId }, 'cn-north-1')).toThrow(
      'also pass -c domainName=<host name>',
    );
    expect(() =>
      customDomainFromContext(
        { domainName, certificateArn: acmArn, iamCertificateId: iamId },
        'cn-north-1',
      ),
    ).toThrow(/either certificateArn or iamCertificateId, not both.*iamCertificateId=/);
  });

  it('refuses malformed values, saying what was expected', () => {
    expect(() =>
      customDomainFromContext(
        { domainName: 'https://dibao.puning.gov.cn/', iamCertificateId: iamId },
        'cn-north-1',
      ),
    ).toThrow('is not a host name');
    expect(() =>
      customDomainFromContext(
        {
          domainName,
          certificateArn: 'arn:aws:acm:ap-east-1:111111111111:certificate/0f1e2d3c',
        },
        'ap-east-1',
      ),
    ).toThrow('is not an ACM certificate ARN in us-east-1');
    for (const iamCertificateId of [
      'puning-2026',
      'arn:aws-cn:iam::111111111111:server-certificate/cloudfront/puning/puning-2026',
    ]) {
      expect(() => customDomainFromContext({ domainName, iamCertificateId }, 'cn-north-1')).toThrow(
        /not an IAM server certificate id.*starts with ASCA.*get-server-certificate/,
      );
    }
  });
});

describe('the China custom domain on the distribution', () => {
  it('uses the IAM server certificate, SNI only, TLS 1.2 2021, for the domain', () => {
    const { stack } = buildSiteStack({
      region: 'cn-north-1',
      customDomain: { domainName, iamCertificateId: iamId },
    });
    const config = viewerCertificate(Template.fromStack(stack));
    expect(config?.Aliases).toEqual([domainName]);
    expect(config?.ViewerCertificate).toEqual({
      IamCertificateId: iamId,
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('ICP'));
  });

  it('warns at synth when a China distribution has no custom domain (it would serve nothing)', () => {
    const { stack } = buildSiteStack({ region: 'cn-north-1' });
    Annotations.fromStack(stack).hasWarning(
      '/PuningPortal/Site/Distribution',
      Match.stringLikeRegexp('ICP-filed custom domain.*iamCertificateId'),
    );
    expect(viewerCertificate(Template.fromStack(stack))?.ViewerCertificate).toBeUndefined();
  });

  it('refuses an ACM certificate in a China region even without bin/app.ts', () => {
    expect(() =>
      buildSiteStack({
        region: 'cn-north-1',
        customDomain: { domainName, certificateArn: acmArn },
      }),
    ).toThrow(/cannot use ACM certificates.*iamCertificateId/);
  });
});

describe('the global custom domain on the distribution', () => {
  it('keeps the ACM certificate, SNI only, TLS 1.2 2021', () => {
    const { stack } = buildSiteStack({
      region: 'ap-east-1',
      customDomain: { domainName, certificateArn: acmArn },
    });
    const config = viewerCertificate(Template.fromStack(stack));
    expect(config?.Aliases).toEqual([domainName]);
    expect(config?.ViewerCertificate).toEqual({
      AcmCertificateArn: acmArn,
      SslSupportMethod: 'sni-only',
      MinimumProtocolVersion: 'TLSv1.2_2021',
    });
    Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
  });

  it('refuses an IAM server certificate in a global region even without bin/app.ts', () => {
    expect(() =>
      buildSiteStack({
        region: 'ap-east-1',
        customDomain: { domainName, iamCertificateId: iamId },
      }),
    ).toThrow(/are for CloudFront in the AWS China regions.*certificateArn/);
  });
});

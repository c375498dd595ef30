import { Duration } from 'aws-cdk-lib';
import {
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { contentSecurityPolicy, securityHeaders } from '../../functions/shared/security-headers.ts';

/** The headers the local server sends too (functions/shared/security-headers.ts). */
export function securityHeadersPolicy(scope: Construct): ResponseHeadersPolicy {
  return new ResponseHeadersPolicy(scope, 'SecurityHeaders', {
    comment: 'Security headers of the Puning portal',
    securityHeadersBehavior: {
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(730),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: {
        referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
      contentSecurityPolicy: { contentSecurityPolicy, override: true },
    },
    customHeadersBehavior: {
      customHeaders: (['Permissions-Policy', 'Cross-Origin-Opener-Policy'] as const).map(
        (header) => ({ header, value: securityHeaders[header], override: true }),
      ),
    },
  });
}

/**
 * Astro writes /apply/index.html for /apply/; S3 only resolves index.html at the root.
 *
 * Global regions only. The AWS China regions have neither CloudFront Functions nor
 * Lambda@Edge, and the S3 website endpoint (which resolves index documents) cannot be
 * reached through an origin access identity, so there CloudFront serves `/` (the
 * default root object) and exact object keys only. The deployment there also writes
 * each page under its directory key (`apply/`) and a redirect page at `apply`, see
 * site-directory-keys.ts.
 */
export function directoryIndexFunction(scope: Construct): CloudFrontFunction {
  return new CloudFrontFunction(scope, 'DirectoryIndex', {
    runtime: FunctionRuntime.JS_2_0,
    comment: 'Serve <path>/index.html for directory-style URLs',
    code: FunctionCode.fromInline(`function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) request.uri = uri + 'index.html';
  else if (!uri.split('/').pop().includes('.')) request.uri = uri + '/index.html';
  return request;
}`),
  });
}

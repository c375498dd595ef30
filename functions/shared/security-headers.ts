/**
 * The security headers every response carries: one definition for the local server
 * and for the CloudFront response-headers policy of the CDK stack. Astro emits no
 * inline scripts or styles (see web/astro.config.mjs), so 'self' is enough and no
 * 'unsafe-inline' is needed.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // Supporting documents are PUT straight to S3 with presigned URLs, and staff sign-in exchanges its code at the Cognito token endpoint.
  "connect-src 'self' https://*.amazonaws.com https://*.amazonaws.com.cn https://*.amazoncognito.com",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

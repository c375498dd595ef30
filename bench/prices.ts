/**
 * Public on-demand list prices the cost figures multiply by: one table, one place.
 *
 * us-east-1, USD, free tiers ignored. The figures the cost estimate of docs/deploy.md
 * already used are reused unchanged (so the two agree); the ones it did not need
 * (S3 GET requests and transfer out, SES, CloudWatch Logs) are the list prices on the
 * same public pricing pages. Prices as of 2026-11-29; this machine has no internet, so
 * they were not re-read online on that day — check the pages before budgeting.
 *
 * China regions (cn-north-1, billed in CNY by 光环新网) are not priced here: docs/deploy.md
 * has no figures for them, and half a price table would mislead. Text messages are
 * priced in CNY at Tencent Cloud's domestic list price, as docs/deploy.md does.
 */
export interface Price {
  readonly value: number;
  /** What one `value` buys, e.g. "per 1M requests". */
  readonly unit: string;
  readonly source: string;
  /** Reused from docs/deploy.md's cost estimate, or added here. */
  readonly from: 'docs/deploy.md' | 'pricing page';
}

export const pricesReadOn = '2026-11-29';
export const pricesRegion = 'us-east-1';

export const usEast1 = {
  httpApiRequests: {
    value: 1.0,
    unit: 'per 1M requests (HTTP API, first 300M; metered per 512 KB)',
    source: 'https://aws.amazon.com/api-gateway/pricing/',
    from: 'docs/deploy.md',
  },
  lambdaRequests: {
    value: 0.2,
    unit: 'per 1M requests',
    source: 'https://aws.amazon.com/lambda/pricing/',
    from: 'docs/deploy.md',
  },
  lambdaArmGbSecond: {
    value: 0.0000133334,
    unit: 'per GB-second (arm64, first 7.5 billion GB-s)',
    source: 'https://aws.amazon.com/lambda/pricing/',
    from: 'docs/deploy.md',
  },
  dynamoWrite: {
    value: 0.625,
    unit: 'per 1M write request units (on demand, Standard table class)',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    from: 'docs/deploy.md',
  },
  dynamoRead: {
    value: 0.125,
    unit: 'per 1M read request units (on demand)',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    from: 'docs/deploy.md',
  },
  dynamoStorage: {
    value: 0.25,
    unit: 'per GB-month (first 25 GB free, ignored)',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    from: 'docs/deploy.md',
  },
  dynamoPitr: {
    value: 0.2,
    unit: 'per GB-month of table size (continuous backups)',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    from: 'docs/deploy.md',
  },
  cloudFrontRequests: {
    value: 0.01,
    unit: 'per 10,000 HTTPS requests',
    source: 'https://aws.amazon.com/cloudfront/pricing/',
    from: 'docs/deploy.md',
  },
  cloudFrontTransfer: {
    value: 0.12,
    unit: 'per GB out to the internet (Asia edge, first 10 TB)',
    source: 'https://aws.amazon.com/cloudfront/pricing/',
    from: 'docs/deploy.md',
  },
  s3Storage: {
    value: 0.023,
    unit: 'per GB-month (S3 Standard, first 50 TB)',
    source: 'https://aws.amazon.com/s3/pricing/',
    from: 'docs/deploy.md',
  },
  s3Put: {
    value: 0.005,
    unit: 'per 1,000 PUT requests (S3 Standard)',
    source: 'https://aws.amazon.com/s3/pricing/',
    from: 'docs/deploy.md',
  },
  s3Get: {
    value: 0.0004,
    unit: 'per 1,000 GET requests (S3 Standard)',
    source: 'https://aws.amazon.com/s3/pricing/',
    from: 'pricing page',
  },
  s3TransferOut: {
    value: 0.09,
    unit: 'per GB out to the internet (first 10 TB; staff opening documents by presigned URL)',
    source: 'https://aws.amazon.com/s3/pricing/',
    from: 'pricing page',
  },
  sesEmail: {
    value: 0.1,
    unit: 'per 1,000 emails (SES, global regions only)',
    source: 'https://aws.amazon.com/ses/pricing/',
    from: 'pricing page',
  },
  cloudWatchLogs: {
    value: 0.5,
    unit: 'per GB ingested (CloudWatch Logs, standard class)',
    source: 'https://aws.amazon.com/cloudwatch/pricing/',
    from: 'docs/deploy.md',
  },
} as const satisfies Record<string, Price>;

export const smsPrices = {
  tencentDomestic: {
    value: 0.045,
    unit: 'CNY per message segment (Tencent Cloud SMS, mainland China, list price)',
    source: 'https://cloud.tencent.com/product/sms (the figure docs/deploy.md uses)',
    from: 'docs/deploy.md',
  },
} as const satisfies Record<string, Price>;

import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import {
  type BundlingOptions,
  LogLevel,
  NodejsFunction,
  OutputFormat,
} from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { acknowledge, cfnReference } from './nag.ts';
import { fromRepoRoot, repoRoot } from './paths.ts';

export interface PortalFunctionProps {
  /** Path of the handler module, relative to the repository root. */
  readonly entry: string;
  /** Exported handler name. */
  readonly handler?: string;
  /** POWERTOOLS_SERVICE_NAME: the `service` key on every log line. */
  readonly serviceName: string;
  readonly description?: string;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  readonly environment?: Record<string, string>;
  /** Concurrency set aside for (and limiting) this function; unreserved by default. */
  readonly reservedConcurrentExecutions?: number;
  /**
   * Only for what the house settings cannot know: the `require` banner for a bundle
   * whose CommonJS dependencies need it (none of the portal's), esbuild's metafile for
   * the tests that inspect a bundle.
   */
  readonly bundling?: Pick<BundlingOptions, 'banner' | 'metafile'>;
}

/**
 * An ES module has no `require`; a CommonJS dependency that requires a Node built-in
 * needs one. None of the portal's functions do (a bundle test checks), so it is not in
 * the house settings; the benchmark's notifier floor (Tencent's SDK) passes it.
 */
export const requireBanner =
  "import { createRequire as topLevelCreateRequire } from 'node:module'; const require = topLevelCreateRequire(import.meta.url);";

/** How every function is bundled: esbuild, locally (never Docker), into `index.mjs`. */
const houseBundling = {
  format: OutputFormat.ESM,
  target: 'node24',
  // ES module builds of the SDK and Powertools tree-shake; their CommonJS builds don't.
  mainFields: ['module', 'main'],
  // The SDK is bundled, not taken from the runtime: its version is ours, and the
  // credential chain below can be cut out of it.
  externalModules: [],
  minify: true,
  // Off: every error class we and the SDKs match on sets its `name` explicitly (and we
  // match with instanceof), so kept names bought nothing but ~8 KB gzip per bundle
  // (decisions §15). Source maps still name frames in stack traces.
  keepNames: false,
  sourceMap: true,
  sourcesContent: false,
  // Lambda's credentials are in the environment: the SDK's provider chain is replaced
  // by the environment provider alone (functions/shared/lambda-credentials.ts, §15).
  esbuildArgs: {
    '--alias:@aws-sdk/credential-provider-node': fromRepoRoot(
      'functions/shared/lambda-credentials.ts',
    ),
  },
  logLevel: LogLevel.ERROR,
} satisfies BundlingOptions;

/**
 * The house Lambda: a NodejsFunction on Node 24 and arm64, bundled by the esbuild in
 * node_modules into one ES module, with a log group we own (retention set, no
 * AWSLambdaBasicExecutionRole managed policy). The tests and the benchmark bundle
 * through this construct too (bundling.ts), so they run and weigh what is deployed.
 */
export class PortalFunction extends NodejsFunction {
  /** The execution role; grants and their cdk-nag acknowledgements land here. */
  readonly executionRole: Role;

  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    // Created beside the function because the function needs them at construction.
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${id}`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      entry: fromRepoRoot(props.entry),
      handler: props.handler ?? 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: fromRepoRoot('package-lock.json'),
      bundling: { ...houseBundling, ...props.bundling },
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      role,
      logGroup,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
    });
    this.executionRole = role;
  }

  /** Grants table access and sets TABLE_NAME: the one way a function learns of the table. */
  bindTable(table: ITable, access: 'RW' | 'RO' = 'RW'): this {
    if (access === 'RW') table.grantReadWriteData(this);
    else table.grantReadData(this);
    this.addEnvironment('TABLE_NAME', table.tableName);

    acknowledge(this.executionRole, {
      [`AwsSolutions-IAM5[Resource::${cfnReference(table, table.tableArn)}/index/*]`]:
        'Queries the GSIs of the single table (township queue, person, pending outbox); the wildcard covers only the indexes of this one table',
    });
    if (access === 'RW' && table.encryptionKey) {
      const reason =
        "Part of the CDK table grant, limited to the table's own customer-managed key, which DynamoDB needs to write encrypted items";
      acknowledge(this.executionRole, {
        'AwsSolutions-IAM5[Action::kms:ReEncrypt*]': reason,
        'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]': reason,
      });
    }
    return this;
  }
}

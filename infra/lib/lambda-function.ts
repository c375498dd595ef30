import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { lambdaBundling } from './bundling.ts';
import { acknowledge, cfnReference } from './nag.ts';
import { fromRepoRoot } from './paths.ts';

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
}

/**
 * The house Lambda: Node 24 on arm64, an ESM bundle built locally by esbuild, and a
 * log group we own (retention set, no AWSLambdaBasicExecutionRole managed policy).
 */
export class PortalFunction extends NodejsFunction {
  /** The execution role; grants and their cdk-nag acknowledgements land here. */
  readonly executionRole: Role;

  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    // Created beside the function because NodejsFunction needs them at construction.
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
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      role,
      logGroup,
      depsLockFilePath: fromRepoRoot('package-lock.json'),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: lambdaBundling.target,
        mainFields: [...lambdaBundling.mainFields],
        minify: lambdaBundling.minify,
        keepNames: lambdaBundling.keepNames,
        sourceMap: lambdaBundling.sourceMap,
        sourcesContent: lambdaBundling.sourcesContent,
        banner: lambdaBundling.esmBanner,
        esbuildArgs: Object.fromEntries(
          Object.entries(lambdaBundling.alias).map(([from, to]) => [`--alias:${from}`, to]),
        ),
        // Ship the SDK version the tests ran against, not whatever the runtime carries.
        bundleAwsSDK: true,
        logLevel: LogLevel.WARNING,
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

import {
  AssetHashType,
  BundlingOutput,
  DockerImage,
  Duration,
  type ILocalBundling,
  RemovalPolicy,
} from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { bundleLambda } from './bundling.ts';
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
 * Bundles one entry with esbuild in this process (bundling.ts). Its `entry` is part of
 * the asset cache key CDK computes from the bundling options, so no two functions
 * share a bundle.
 */
class EsbuildBundling implements ILocalBundling {
  readonly entry: string;

  constructor(entry: string) {
    this.entry = entry;
  }

  tryBundle(outputDir: string): boolean {
    bundleLambda(fromRepoRoot(this.entry), outputDir);
    return true; // or esbuild has thrown, with its message
  }
}

/**
 * The house Lambda: Node 24 on arm64, an ES module entry with chunks built locally by
 * esbuild, and a log group we own (retention set, no AWSLambdaBasicExecutionRole
 * managed policy). Not NodejsFunction: it writes one file, and a function whose
 * modules load on first use needs several (decisions §16).
 */
export class PortalFunction extends LambdaFunction {
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
      code: Code.fromAsset(fromRepoRoot('functions'), {
        // The hash of what is deployed: a change anywhere in the bundle redeploys.
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          local: new EsbuildBundling(props.entry),
          // Never pulled: local bundling always bundles (esbuild is a dev dependency).
          image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24'),
          outputType: BundlingOutput.NOT_ARCHIVED,
        },
      }),
      handler: `index.${props.handler ?? 'handler'}`, // index.mjs: lambdaEntryFile
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

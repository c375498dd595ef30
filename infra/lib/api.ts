import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { PortalFunction } from './lambda-function.ts';
import { acknowledge, cfnReference } from './nag.ts';
import { type StaffAuthSettings, staffAuthEnvironment } from './staff-identity.ts';

export interface PortalApiProps {
  readonly table: ITable;
  /** Supporting documents: the function presigns uploads into it. */
  readonly documents: IBucket;
}

/**
 * One Lambda (the Hono app) behind an HTTP API. Only `/api/*` is routed: CloudFront
 * sends that path here and everything else to the site bucket. Staff routes
 * (`/api/staff/*`) are added by enableStaffRoutes once the staff identity exists, which
 * needs the site's URL, which needs this API: hence a second step, not a prop.
 */
export class PortalApi extends Construct {
  readonly httpApi: HttpApi;
  readonly handler: PortalFunction;
  private readonly integration: HttpLambdaIntegration;
  private staffAuth?: StaffAuthSettings;

  constructor(scope: Construct, id: string, props: PortalApiProps) {
    super(scope, id);

    // Key of the keyed hashes (ID numbers for the duplicate check, access codes).
    // Rotating it would orphan every stored hash, so it is not rotated automatically.
    const hashKey = new Secret(this, 'IdHashKey', {
      description: 'HMAC key for ID-number and access-code hashes of the Puning portal',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    acknowledge(hashKey, {
      'AwsSolutions-SMG4':
        'An HMAC key for stored hashes: rotating it would orphan every hash already stored (duplicate check, access codes); rotation is a planned re-hash, see docs/decisions.md',
    });

    this.handler = new PortalFunction(this, 'Handler', {
      entry: 'functions/handlers/api.ts',
      serviceName: 'portal-api',
      description: 'Puning portal API (public and staff routes)',
      environment: {
        // Resolved by CloudFormation at deploy time; read once per cold start.
        ID_HASH_KEY: hashKey.secretValue.unsafeUnwrap(),
        DOCUMENTS_BUCKET: props.documents.bucketName,
      },
    }).bindTable(props.table);
    // Presigned URLs act with the function's own permissions: uploads by applicants
    // (PUT) and 5-minute links for staff to open a document (GET of one object).
    props.documents.grantPut(this.handler);
    this.handler.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [props.documents.arnForObjects('applications/*')],
      }),
    );
    const documentsReason =
      'Presigned uploads write one object each under applications/<reference>/ of this one documents bucket; object keys are generated per upload, and grantPut includes aborting multipart uploads';
    const bucket = cfnReference(props.documents, props.documents.bucketArn);
    acknowledge(this.handler.executionRole, {
      'AwsSolutions-IAM5[Action::s3:Abort*]': documentsReason,
      [`AwsSolutions-IAM5[Resource::${bucket}/*]`]: documentsReason,
      [`AwsSolutions-IAM5[Resource::${bucket}/applications/*]`]:
        'Staff open a supporting document through a presigned GET of one object; the staff API checks the township and the document before signing, and only objects under applications/ can be read',
    });

    // The default stage is declared below, because only an explicit stage takes
    // access-log settings.
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Puning portal API, reached through CloudFront under /api/*',
      createDefaultStage: false,
    });
    this.integration = new HttpLambdaIntegration('Integration', this.handler);
    const routes = this.httpApi.addRoutes({
      path: '/api/{proxy+}',
      methods: [HttpMethod.ANY],
      integration: this.integration,
    });
    // Only on these routes: a later route without an authorizer is still reported.
    for (const route of routes) {
      acknowledge(route, {
        'AwsSolutions-APIG4':
          'Public routes (pre-check, apply, status by reference + access code, the staff sign-in configuration) are unauthenticated by design; /api/staff/* has its own routes with a JWT authorizer',
      });
    }
    this.node.addValidation({
      validate: () =>
        this.staffAuth ? [] : ['PortalApi: call enableStaffRoutes() with the staff identity'],
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.SIX_MONTHS });
    this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });
  }

  /**
   * Tells the function how to verify staff ID tokens (STAFF_* variables) and puts
   * `/api/staff` and `/api/staff/*` behind an API Gateway JWT authorizer with the same
   * issuer and audience: defence in depth, the function still verifies every token.
   */
  enableStaffRoutes(auth: StaffAuthSettings): void {
    if (this.staffAuth) throw new Error('PortalApi: staff routes are already enabled');
    this.staffAuth = auth;
    for (const [name, value] of Object.entries(staffAuthEnvironment(auth))) {
      this.handler.addEnvironment(name, value);
    }
    const authorizer = new HttpJwtAuthorizer('StaffAuthorizer', auth.issuer, {
      jwtAudience: [auth.audience],
    });
    // `{proxy+}` needs at least one segment, so /api/staff itself is a route of its own.
    for (const path of ['/api/staff', '/api/staff/{proxy+}']) {
      this.httpApi.addRoutes({
        path,
        methods: [HttpMethod.ANY],
        integration: this.integration,
        authorizer,
      });
    }
  }
}

// No query string and no body: either could carry an ID number or a phone number.
// sourceIp is CloudFront's edge address, since all traffic comes through it.
const accessLogFields = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  integrationLatency: '$context.integrationLatency',
};

import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
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
import type { OriginSecret } from './origin-secret.ts';
import { type StaffAuthSettings, staffAuthEnvironment } from './staff-identity.ts';

export interface PortalApiProps {
  readonly table: ITable;
  /** Supporting documents: the public function presigns uploads, the staff one reads. */
  readonly documents: IBucket;
  /** What CloudFront sends and the functions check first (the origin lock). */
  readonly originSecret: OriginSecret;
}

/**
 * Per-route throttles (requests per second, burst) for the applicant's write routes,
 * below the stage default of 50/100. They cap the whole route, for everyone: a flood of
 * submissions or status guesses cannot take the capacity staff and the pre-check need.
 * Puning's ~10,000 applications a month are well under one a minute; the limits leave
 * room for a rush after a publicity drive. Per-client limits are the WAF's rate rules
 * and the per-reference lockout.
 */
export const applicantRouteThrottles = {
  'POST /api/applications': { rateLimit: 10, burstLimit: 20 },
  'POST /api/status': { rateLimit: 20, burstLimit: 40 },
  'POST /api/status/answer': { rateLimit: 5, burstLimit: 10 },
  'POST /api/status/withdraw': { rateLimit: 5, burstLimit: 10 },
  'POST /api/status/documents': { rateLimit: 10, burstLimit: 20 },
  // Reports of someone in hardship and complaints: far fewer than applications.
  'POST /api/leads': { rateLimit: 5, burstLimit: 10 },
  'POST /api/complaints': { rateLimit: 5, burstLimit: 10 },
  'POST /api/complaints/follow': { rateLimit: 10, burstLimit: 20 },
} as const;

/**
 * The API behind an HTTP API, as two functions by audience so each bundles only its own
 * code and holds only its own permissions: the public function (the pre-check,
 * applying, the status page, townships, the contract) and the staff function
 * (`/api/staff/*`, behind a JWT authorizer). CloudFront sends `/api/*` here and
 * everything else to the site bucket. Staff routes are added by enableStaffRoutes once
 * the staff identity exists, which needs the site's URL, which needs this API: hence a
 * second step, not a prop.
 */
export class PortalApi extends Construct {
  readonly httpApi: HttpApi;
  readonly publicHandler: PortalFunction;
  readonly staffHandler: PortalFunction;
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
    const environment = {
      // The key itself is read from Secrets Manager when a function starts, so it is not
      // in the function configuration (functions/store/secrets-manager.ts).
      ID_HASH_KEY_ARN: hashKey.secretArn,
      DOCUMENTS_BUCKET: props.documents.bucketName,
      // Read the same way: the origin lock is on in every deployed function.
      ...props.originSecret.functionEnvironment,
    };

    this.publicHandler = new PortalFunction(this, 'Handler', {
      entry: 'functions/handlers/public-api.ts',
      serviceName: 'portal-api',
      description: 'Puning portal public API (pre-check, applications, status)',
      environment,
    }).bindTable(props.table);
    this.staffHandler = new PortalFunction(this, 'StaffHandler', {
      entry: 'functions/handlers/staff-api.ts',
      serviceName: 'portal-staff-api',
      description: 'Puning portal staff API (township queues, decisions)',
      environment,
    }).bindTable(props.table);
    for (const handler of [this.publicHandler, this.staffHandler]) {
      hashKey.grantRead(handler);
      props.originSecret.grantRead(handler);
    }

    // Presigned URLs act with the signing function's own permissions: applicants'
    // uploads (PUT) by the public function, 5-minute links for staff to open a document
    // (GET of one object) by the staff function.
    props.documents.grantPut(this.publicHandler);
    const bucket = cfnReference(props.documents, props.documents.bucketArn);
    const uploadReason =
      'Presigned uploads write one object each under applications/<reference>/ of this one documents bucket; object keys are generated per upload, and grantPut includes aborting multipart uploads';
    acknowledge(this.publicHandler.executionRole, {
      'AwsSolutions-IAM5[Action::s3:Abort*]': uploadReason,
      [`AwsSolutions-IAM5[Resource::${bucket}/*]`]: uploadReason,
    });
    this.staffHandler.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [props.documents.arnForObjects('applications/*')],
      }),
    );
    // The documents are under the bucket's own key: a presigned GET needs the signer to
    // be allowed to decrypt.
    props.documents.encryptionKey?.grantDecrypt(this.staffHandler);
    acknowledge(this.staffHandler.executionRole, {
      [`AwsSolutions-IAM5[Resource::${bucket}/applications/*]`]:
        'Staff open a supporting document through a presigned GET of one object; the staff API checks the township and the document before signing, and only objects under applications/ can be read',
    });

    // The default stage is declared below, because only an explicit stage takes
    // access-log settings.
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Puning portal API, reached through CloudFront under /api/*',
      createDefaultStage: false,
    });
    const publicIntegration = new HttpLambdaIntegration('Integration', this.publicHandler);
    // The catch-all, and each throttled applicant route on its own (a route setting
    // needs a route of that key).
    const publicRoutes = [
      ...this.httpApi.addRoutes({
        path: '/api/{proxy+}',
        methods: [HttpMethod.ANY],
        integration: publicIntegration,
      }),
      ...Object.keys(applicantRouteThrottles).flatMap((key) =>
        this.httpApi.addRoutes({
          path: key.split(' ')[1] ?? '',
          methods: [HttpMethod.POST],
          integration: publicIntegration,
        }),
      ),
    ];
    // Only on these routes: a later route without an authorizer is still reported.
    for (const route of publicRoutes) {
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
    const stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });
    // The L2 stage has no per-route settings.
    const cfnStage = stage.node.defaultChild as CfnStage;
    cfnStage.routeSettings = Object.fromEntries(
      Object.entries(applicantRouteThrottles).map(([key, limit]) => [
        key,
        // routeSettings is plain JSON on the L1: CloudFormation's own key names.
        { ThrottlingRateLimit: limit.rateLimit, ThrottlingBurstLimit: limit.burstLimit },
      ]),
    );
    // A route setting names a route that must exist before the stage is updated.
    stage.node.addDependency(...publicRoutes);
  }

  /** Both API functions, for alarms and the dashboard. */
  get handlers(): readonly PortalFunction[] {
    return [this.publicHandler, this.staffHandler];
  }

  /**
   * Tells both functions how staff sign in (STAFF_* variables: the public one serves
   * the console's sign-in settings, the staff one verifies tokens) and puts
   * `/api/staff` and `/api/staff/*` on the staff function behind an API Gateway JWT
   * authorizer with the same issuer and audience: defence in depth, the function still
   * verifies every token.
   */
  enableStaffRoutes(auth: StaffAuthSettings): void {
    if (this.staffAuth) throw new Error('PortalApi: staff routes are already enabled');
    this.staffAuth = auth;
    for (const [name, value] of Object.entries(staffAuthEnvironment(auth))) {
      for (const handler of this.handlers) handler.addEnvironment(name, value);
    }
    const authorizer = new HttpJwtAuthorizer('StaffAuthorizer', auth.issuer, {
      jwtAudience: [auth.audience],
    });
    const staffIntegration = new HttpLambdaIntegration('StaffIntegration', this.staffHandler);
    // `{proxy+}` needs at least one segment, so /api/staff itself is a route of its own.
    for (const path of ['/api/staff', '/api/staff/{proxy+}']) {
      this.httpApi.addRoutes({
        path,
        methods: [HttpMethod.ANY],
        integration: staffIntegration,
        authorizer,
      });
    }
  }
}

// No query string and no body: either could carry an ID number or a phone number.
// sourceIp is CloudFront's edge address for all traffic the origin lock lets through.
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

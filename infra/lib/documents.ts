import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/**
 * The private bucket for supporting documents (ID cards, permits, medical records).
 * Browsers upload straight to it with presigned PUT URLs the API issues for one object,
 * content type and size; nothing is public, everything is encrypted and kept.
 */
export class PortalDocuments extends Construct {
  readonly bucket: Bucket;
  /** The documents' own key: who may decrypt them is decided here, not by S3's key. */
  readonly key: Key;
  /** Server access logs of the documents bucket (and of the exports bucket beside it). */
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.accessLogs = logs;
    // ID cards and medical records: a customer-managed key, rotated yearly and kept
    // with the bucket. Objects written before it keep the AWS-managed key they had.
    this.key = new Key(this, 'Key', {
      description: 'Encrypts the supporting documents of the Puning portal',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      // One data key per bucket for a while instead of one KMS request per object.
      bucketKeyEnabled: true,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'documents/',
      removalPolicy: RemovalPolicy.RETAIN,
      // Presigned PUTs come from the portal's pages; the signature, not the origin,
      // is what authorises an upload.
      cors: [
        {
          allowedMethods: [HttpMethods.PUT],
          allowedOrigins: ['*'],
          allowedHeaders: ['content-type'],
          maxAge: 3000,
        },
      ],
    });
  }
}

import { Duration, RemovalPolicy, TimeZone } from 'aws-cdk-lib';
import {
  BackupPlan,
  BackupPlanRule,
  BackupResource,
  BackupSelection,
  BackupVault,
} from 'aws-cdk-lib/aws-backup';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './nag.ts';

export interface PortalRecoveryProps {
  readonly table: ITable;
  /** The versioned documents bucket (AWS Backup for S3 needs versioning). */
  readonly documents: IBucket;
}

/** How long each kind of recovery point is kept, and the vault lock's floor. */
export const backupRetention = {
  dailyDays: 35,
  monthlyDays: 365,
  /** Vault lock: no recovery point can be deleted younger than this, by anyone. */
  lockedMinimumDays: 35,
} as const;

/**
 * The AWS Backup policies the backup role runs with: backup and restore of DynamoDB
 * (the first two) and of S3 (the other two, which AWS keeps apart).
 */
export const backupManagedPolicies = [
  'service-role/AWSBackupServiceRolePolicyForBackup',
  'service-role/AWSBackupServiceRolePolicyForRestores',
  'AWSBackupServiceRolePolicyForS3Backup',
  'AWSBackupServiceRolePolicyForS3Restore',
] as const;

/**
 * Recovery beside the table's point-in-time recovery (35 days, in DynamoDB itself): an
 * AWS Backup vault with its own key and a vault lock (governance mode), and a plan that
 * backs up the table and the documents bucket daily (kept 35 days) and monthly (kept a
 * year). AWS Backup, vault lock included, is offered in both AWS partitions, China
 * regions included. The restore procedure is in docs/deploy.md.
 */
export class PortalRecovery extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;
  /** The role AWS Backup backs up and restores with (start-restore-job --iam-role-arn). */
  readonly role: Role;

  constructor(scope: Construct, id: string, props: PortalRecoveryProps) {
    super(scope, id);
    const key = new Key(this, 'VaultKey', {
      description: 'Encrypts the recovery points in the Puning portal backup vault',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.vault = new BackupVault(this, 'Vault', {
      encryptionKey: key,
      removalPolicy: RemovalPolicy.RETAIN,
      // Governance mode (no changeableFor): a compromised deploy role cannot shorten or
      // delete recovery points, yet an account administrator can lift the lock, which
      // compliance mode would forbid for ever after three days.
      lockConfiguration: { minRetention: Duration.days(backupRetention.lockedMinimumDays) },
    });

    // Midnight in Puning, whatever the region's clock.
    const midnight = { hour: '0', minute: '0' };
    const scheduleExpressionTimezone = TimeZone.ASIA_SHANGHAI;
    this.plan = new BackupPlan(this, 'Plan', {
      backupVault: this.vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'daily',
          scheduleExpression: Schedule.cron(midnight),
          scheduleExpressionTimezone,
          deleteAfter: Duration.days(backupRetention.dailyDays),
        }),
        new BackupPlanRule({
          ruleName: 'monthly',
          scheduleExpression: Schedule.cron({ ...midnight, day: '1' }),
          scheduleExpressionTimezone,
          deleteAfter: Duration.days(backupRetention.monthlyDays),
        }),
      ],
    });

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('backup.amazonaws.com'),
      description: 'AWS Backup: backs up and restores the Puning portal table and documents',
      managedPolicies: backupManagedPolicies.map((name) =>
        ManagedPolicy.fromAwsManagedPolicyName(name),
      ),
    });
    // Reading and restoring data encrypted with the portal's own keys.
    props.table.encryptionKey?.grantEncryptDecrypt(this.role);
    props.documents.encryptionKey?.grantEncryptDecrypt(this.role);
    new BackupSelection(this, 'Selection', {
      backupPlan: this.plan,
      role: this.role,
      resources: [
        BackupResource.fromDynamoDbTable(props.table),
        BackupResource.fromArn(props.documents.bucketArn),
      ],
    });
    acknowledge(
      this.role,
      Object.fromEntries(
        backupManagedPolicies.map((name) => [
          `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${name}]`,
          'The AWS Backup service role policies AWS maintains for backing up and restoring DynamoDB and S3 as the service changes; the role is assumed by AWS Backup only and selects this table and this bucket',
        ]),
      ),
    );
    const keyReason =
      'Part of the CDK key grant to the backup role, limited to the portal’s own table and documents keys, which AWS Backup needs to copy and restore encrypted data';
    acknowledge(this.role, {
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]': keyReason,
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]': keyReason,
    });
  }
}

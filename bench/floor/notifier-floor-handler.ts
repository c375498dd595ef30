// The notifier's floor: what any stream-triggered notifier must carry — the DynamoDB
// client and document client, Powertools Logger, and the three providers' clients
// (SNS, SES v2, Tencent Cloud SMS) — used just enough that nothing is tree-shaken.
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { sms } from 'tencentcloud-sdk-nodejs-sms';

const tableName = process.env.TABLE_NAME ?? 'bench';
const logger = new Logger({ serviceName: 'notifier-floor' });
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const sns = new SNSClient({});
const ses = new SESv2Client({});
const tencent = new sms.v20210111.Client({ credential: {}, region: 'ap-guangzhou' });

export async function handler(event: {
  Records: { dynamodb?: { Keys?: { PK?: { S?: string } } } }[];
}) {
  for (const record of event.Records) {
    const pk = record.dynamodb?.Keys?.PK?.S ?? '';
    const found = await db.send(
      new GetCommand({ TableName: tableName, Key: { PK: pk, SK: 'APP' } }),
    );
    if (found.Item) {
      await sns.send(new PublishCommand({ PhoneNumber: '+860', Message: 'x' }));
      await ses.send(new SendEmailCommand({ FromEmailAddress: 'a@b.c', Content: {} }));
      await tencent.SendSms({ PhoneNumberSet: [], SmsSdkAppId: '', TemplateId: '' });
    }
  }
  logger.info('drained');
  return { batchItemFailures: [] };
}

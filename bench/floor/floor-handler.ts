// The floor stack: Hono + zod + client-dynamodb + lib-dynamodb + Powertools Logger,
// used as little as possible but enough that nothing is tree-shaken away. The API
// bundle is measured beside it.
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import * as z from 'zod';

const tableName = process.env.TABLE_NAME ?? 'bench';
const logger = new Logger({ serviceName: 'floor' });
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const body = z.object({ id: z.string() });

const app = new Hono().post('/item', async (c) => {
  const { id } = body.parse(await c.req.json());
  const found = await db.send(new GetCommand({ TableName: tableName, Key: { PK: id, SK: id } }));
  logger.info('read');
  return c.json(found.Item ?? {});
});

export const handler = handle(app);

/**
 * The single table's keys and indexes: the one source of truth shared by the CDK
 * stack (infra/lib/data.ts) and the local embedded engine (functions/local/dynamo.ts).
 * All keys are strings; items are told apart by their PK prefix (APP#, IDEM#, RL#, and
 * LEAD# / CMPL# for leads and complaints, store/report-repository.ts).
 */
export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  /** What the index is for, shown in docs and the CDK construct's comments. */
  readonly purpose: string;
  /**
   * The non-key attributes copied into the index: as few as the readers need, so a
   * query reads (and pays for) little, and personal data is not copied needlessly.
   */
  readonly projection: readonly string[];
}

export const tableDefinition = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Epoch seconds; DynamoDB deletes expired idempotency records, drafts and counters. */
  timeToLiveAttribute: 'expiresAt',
  globalSecondaryIndexes: [
    {
      name: 'GSI1',
      partitionKey: 'GSI1PK',
      sortKey: 'GSI1SK',
      purpose:
        'township queue: TWP#<code>#<open|closed> → <priority>#<dueAt>#<reference>; leads LEADS#<code>#<open|closed> and complaints CMPLS#city#<open|closed> → <dueOn>#<reference>',
      projection: ['summary'],
    },
    {
      name: 'GSI2',
      partitionKey: 'GSI2PK',
      sortKey: 'GSI2SK',
      purpose: 'person: PER#<hmac(id number)> → <submittedAt>, for the duplicate check',
      projection: [],
    },
    {
      name: 'GSI3',
      partitionKey: 'GSI3PK',
      sortKey: 'GSI3SK',
      purpose:
        "pending outbox (sparse): OUTBOX#<shard> → <since>, only while messages wait; REPORTS#outbox → <since>#<PK> for reporters' messages",
      projection: [],
    },
  ],
} as const satisfies {
  partitionKey: string;
  sortKey: string;
  timeToLiveAttribute: string;
  globalSecondaryIndexes: readonly IndexDefinition[];
};

export type IndexName = (typeof tableDefinition.globalSecondaryIndexes)[number]['name'];

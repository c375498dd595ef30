import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';

/** What every call of a "dead" process gets: the process is gone, nothing runs. */
export class ProcessDied extends Error {
  override readonly name = 'ProcessDied';
}

const writeCommands = [
  PutCommand,
  UpdateCommand,
  DeleteCommand,
  BatchWriteCommand,
  TransactWriteCommand,
];

const isWrite = (command: unknown) => writeCommands.some((kind) => command instanceof kind);

export interface WriteProbe {
  /** The client to hand the app. */
  readonly db: DynamoDBDocumentClient;
  /** Writes that reached the table, in order, by command name and key. */
  readonly writes: string[];
  /** Whether the process has "died". */
  died(): boolean;
}

/**
 * A deterministic crash: the table client of a process that dies right after its
 * `crashAfter`-th write lands. Every call after that rejects, so no clean-up code
 * runs either — as after a Lambda timeout, an out-of-memory or a kill -9. Without
 * `crashAfter` it only counts, to learn how many writes a path makes.
 */
export function probeWrites(db: DynamoDBDocumentClient, crashAfter = Infinity): WriteProbe {
  const writes: string[] = [];
  let dead = false;
  const send = async (command: { input?: Record<string, unknown> }) => {
    if (dead) throw new ProcessDied('the process died before this call');
    // biome-ignore lint/suspicious/noExplicitAny: the document client's overloads
    const result = await (db.send as any)(command);
    if (isWrite(command)) {
      const key = (command.input?.Item ?? command.input?.Key) as Record<string, string> | undefined;
      writes.push(`${command.constructor.name} ${key?.PK ?? ''}/${key?.SK ?? ''}`);
      if (writes.length >= crashAfter) dead = true;
    }
    return result;
  };
  const proxy = new Proxy(db, {
    get: (target, property, receiver) =>
      property === 'send' ? send : Reflect.get(target, property, receiver),
  });
  return { db: proxy, writes, died: () => dead };
}

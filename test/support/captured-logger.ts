import { Logger } from '@aws-lambda-powertools/logger';
import { redactingReplacer } from '../../functions/shared/logger.ts';

/** A real Powertools logger whose every line is kept in memory for assertions. */
export function capturedLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = {
    log: (line: string) => lines.push(line),
    info: (line: string) => lines.push(line),
    warn: (line: string) => lines.push(line),
    error: (line: string) => lines.push(line),
    debug: (line: string) => lines.push(line),
    trace: (line: string) => lines.push(line),
  } as unknown as Console;
  const logger = new Logger({
    serviceName: 'puning-portal-test',
    logLevel: 'DEBUG',
    jsonReplacerFn: redactingReplacer,
  });
  // Powertools writes through its console; point it at the sink.
  (logger as unknown as { console: Console }).console = sink;
  return { logger, lines };
}

import { Logger } from '@aws-lambda-powertools/logger';
import { redactPersonalData } from './redact.ts';

/**
 * The one logger factory. Service name and level come from POWERTOOLS_* variables;
 * POWERTOOLS_DEV=true prints readable lines locally. Callers log ids, routes and
 * counts — never request bodies, ID numbers, phone numbers or bank accounts — and, as
 * a second line of defence, every string written is passed through the redactor.
 */
export function createLogger(): Logger {
  return new Logger({
    serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'puning-portal',
    jsonReplacerFn: redactingReplacer,
  });
}

/** JSON replacer that masks ID-number-like and mobile-like text in every string value. */
export function redactingReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? redactPersonalData(value) : value;
}

export type { Logger };

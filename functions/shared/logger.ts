import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one logger factory. Service name and level come from POWERTOOLS_* variables;
 * POWERTOOLS_DEV=true prints readable lines locally. Callers log ids, routes and
 * counts — never request bodies, ID numbers, phone numbers or bank accounts.
 */
export function createLogger(): Logger {
  return new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'puning-portal' });
}

export type { Logger };

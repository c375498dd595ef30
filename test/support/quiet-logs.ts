// Tests keep their output readable: the logger writes nothing unless a test
// captures it on purpose (see test/support/captured-logger.ts).
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.POWERTOOLS_SERVICE_NAME ??= 'puning-portal-test';

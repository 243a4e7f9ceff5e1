// Quiet structured logs in tests; a test that checks logging sets its own level.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
process.env.AWS_REGION ??= 'eu-west-1';

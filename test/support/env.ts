// Quiet structured logs in tests; a test that checks logging sets its own level.
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.AWS_ACCESS_KEY_ID ??= 'local';
process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
process.env.AWS_REGION ??= 'eu-west-1';
// aws-sdk v2 is loaded only as the official persistence adapter's dependency, the baseline the reliability
// tests compare with; the skill never uses it (the build refuses a bundle with it). Its end-of-support note
// is about that baseline, not about this project, so it is not printed in every test file that loads it.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';

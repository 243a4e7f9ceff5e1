import { createHmac, randomBytes } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';

/**
 * Structured JSON logs (Powertools for AWS Lambda). Log level comes from POWERTOOLS_LOG_LEVEL; tests set
 * it to SILENT.
 */
export function createLogger(): Logger {
  return new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'voice-trolley' });
}

/**
 * A user id made safe to log: a keyed hash, stable for one key, so one user's requests can be followed
 * without the raw Alexa user id ever reaching the logs. Without USER_ID_HASH_KEY a per-process key is used.
 */
export function userIdHasher(key: string | undefined = process.env.USER_ID_HASH_KEY): (userId: string) => string {
  const secret = key && key.length > 0 ? key : randomBytes(32).toString('hex');
  return (userId) => createHmac('sha256', secret).update(userId).digest('hex').slice(0, 16);
}

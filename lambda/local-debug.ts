import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { skill } from './index';

type Callback = (error: Error | null, response?: ResponseEnvelope) => void;

/**
 * A callback-style entry for `ask run` only: ask-sdk-local-debug calls `handler(event, null, callback)`,
 * which the async Lambda entry does not serve. Same skill object, same handlers.
 */
export function handler(event: RequestEnvelope, context: unknown, callback: Callback): void {
  skill.invoke(event, context).then(
    (response) => callback(null, response),
    (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
  );
}

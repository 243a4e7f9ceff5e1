/** Another request changed the item between our read and our write: re-read and re-apply. */
export class WriteConflictError extends Error {
  constructor() {
    super('The trolley changed while this request was updating it');
    this.name = 'WriteConflictError';
  }
}

/**
 * DynamoDB could not be reached in time (throttled, timed out, network or service error). The handlers
 * answer with a plain apology; nothing was written, so nothing was lost.
 */
export class StoreUnavailableError extends Error {
  constructor(
    readonly operation: string,
    override readonly cause: unknown,
  ) {
    super(
      `DynamoDB ${operation} failed: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`,
    );
    this.name = 'StoreUnavailableError';
  }
}

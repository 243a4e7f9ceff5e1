import type { StoredItem } from './trolleyTable';

/**
 * Another request changed the item between our read and our write. Carries the item as it is now (what
 * refused the write), so the change can be re-applied to it without another read.
 */
export class WriteConflictError extends Error {
  constructor(readonly current: StoredItem) {
    super('The trolley changed while this request was updating it');
    this.name = 'WriteConflictError';
  }
}

/**
 * DynamoDB could not be reached in time (throttled, timed out, network or service error). By the time one
 * reaches a handler, the store has made sure nothing was written (see UncertainWriteError for when it
 * couldn't), so the apology may say that nothing was lost.
 */
export class StoreUnavailableError extends Error {
  /**
   * True for a write that was sent and not refused outright: DynamoDB may have applied it, and only the
   * store's fence (TrolleyTable.fence) can tell. False for reads, calls never sent, and plain refusals.
   */
  readonly mayHaveLanded: boolean;

  constructor(
    readonly operation: string,
    override readonly cause: unknown,
    options: { readonly mayHaveLanded?: boolean } = {},
  ) {
    super(
      `DynamoDB ${operation} failed: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`,
    );
    this.name = 'StoreUnavailableError';
    this.mayHaveLanded = options.mayHaveLanded ?? false;
  }
}

/**
 * A write was sent, its answer was lost, and DynamoDB could not be asked in time whether it landed. The
 * person is told so honestly, and how to check, rather than "nothing was lost".
 */
export class UncertainWriteError extends Error {
  constructor(override readonly cause: unknown) {
    super(`A write may or may not have landed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'UncertainWriteError';
  }
}

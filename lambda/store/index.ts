/**
 * The only module that knows DynamoDB. Handlers see `TrolleyStore` alone (read, apply a domain change,
 * write once); `DynamoDbTrolleyStore` is it over `TrolleyTable`, which sends every command, within the
 * request's time budget. A failure reaches the handlers as `StoreUnavailableError` (nothing was written) or
 * `UncertainWriteError` (a write went out and whether it landed could not be found out).
 */
export { storeConfigFromEnv, type StoreConfig } from './config';
export { createDocumentClient } from './documentClient';
export { StoreUnavailableError, UncertainWriteError, WriteConflictError } from './errors';
export { DynamoDbTrolleyStore, type TrolleyStore } from './trolleyStore';
export { TrolleyTable, userIdKey } from './trolleyTable';

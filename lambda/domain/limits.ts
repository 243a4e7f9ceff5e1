/**
 * Bounds that keep one user's DynamoDB item far below the 400 KB item limit (200 lines of at most 60
 * characters, twice over for the undo snapshot, stays under 60 KB) and keep answers short enough to hear.
 */
export const LIMITS = {
  maxLines: 200,
  maxNameLength: 60,
  maxQuantity: 100,
  /** Different things added in one breath ("milk, eggs and bread" is three). */
  maxItemsPerRequest: 20,
  /** Lines read in one breath before offering the rest. */
  pageSize: 8,
} as const;

/**
 * The time one store operation may spend on DynamoDB, retries and conflict back-off included. One signal
 * decides: every call is started only while it has time left and is abandoned when it runs out, and every
 * wait ends when it does, so no second clock can disagree with it.
 *
 * Made from AbortController and setTimeout rather than `AbortSignal.timeout`, so that it can also end a
 * wait and be stopped early, and works on every Node.js 16 (the Alexa-hosted runtime) release.
 */
export class TimeBudget {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;

  private constructor(ms: number) {
    this.timer = setTimeout(() => this.controller.abort(new BudgetSpentError()), ms);
    // A budget never keeps a process alive on its own.
    this.timer.unref?.();
  }

  static start(ms: number): TimeBudget {
    return new TimeBudget(ms);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * Waits `ms`, or less when the budget runs out first, in which case it rejects with BudgetSpentError.
   */
  wait(ms: number): Promise<void> {
    const signal = this.signal;
    if (signal.aborted) return Promise.reject(spentReason(signal));
    return new Promise((resolve, reject) => {
      const onSpent = () => {
        clearTimeout(timer);
        reject(spentReason(signal));
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onSpent);
        resolve();
      }, ms);
      signal.addEventListener('abort', onSpent, { once: true });
    });
  }

  /** Stops the timer once the operation is over. */
  end(): void {
    clearTimeout(this.timer);
  }
}

export class BudgetSpentError extends Error {
  constructor() {
    super('The time budget for DynamoDB is used up');
    this.name = 'BudgetSpentError';
  }
}

/** Why the signal fired: the budget's own error, or whatever reason another signal was aborted with. */
export function spentReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new BudgetSpentError();
}

/**
 * Starts a call only while the budget has time left, and settles when the call does or the budget runs
 * out, whichever is first. The call keeps its own handlers either way, so a call abandoned here can
 * never reject unhandled later (in Lambda that would fail whichever invocation is current).
 */
export function withinBudget<T>(start: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return start();
  if (signal.aborted) return Promise.reject(spentReason(signal));
  const call = start();
  return new Promise<T>((resolve, reject) => {
    const onSpent = () => reject(spentReason(signal));
    signal.addEventListener('abort', onSpent, { once: true });
    call.then(resolve, reject).finally(() => signal.removeEventListener('abort', onSpent));
  });
}

/** Runs one store operation within a budget of its own, and stops the budget's timer when it is over. */
export async function budgeted<T>(ms: number, operation: (budget: TimeBudget) => Promise<T>): Promise<T> {
  const budget = TimeBudget.start(ms);
  try {
    return await operation(budget);
  } finally {
    budget.end();
  }
}

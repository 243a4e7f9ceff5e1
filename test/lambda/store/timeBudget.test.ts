import { BudgetSpentError, TimeBudget, withinBudget } from '../../../lambda/store/budget';

describe('the time budget', () => {
  it('ends a wait when the budget runs out, however long the wait was meant to be', async () => {
    const budget = TimeBudget.start(20);
    await expect(budget.wait(600_000)).rejects.toBeInstanceOf(BudgetSpentError);
  });

  it('lets a wait that fits finish normally', async () => {
    const budget = TimeBudget.start(60_000);
    await expect(budget.wait(5)).resolves.toBeUndefined();
    budget.end();
  });

  it('never starts a call once the budget is spent', async () => {
    const budget = TimeBudget.start(1);
    await budget.wait(50).catch(() => undefined);
    const start = jest.fn(() => Promise.resolve('answered'));
    await expect(withinBudget(start, budget.signal)).rejects.toBeInstanceOf(BudgetSpentError);
    expect(start).not.toHaveBeenCalled();
  });

  it('gives up on a call that outlives the budget, and keeps a handler on it when it fails later', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    const budget = TimeBudget.start(10);
    const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('aborted late')), 50));
    await expect(withinBudget(() => late, budget.signal)).rejects.toBeInstanceOf(BudgetSpentError);
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

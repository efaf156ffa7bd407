/**
 * Which vault calls are being answered right now, so background work (building the search index
 * after unlock) waits its turn: the Today view and every other screen's call go first.
 */
export class CallActivity {
  private inFlight = 0;
  private waiters: (() => void)[] = [];

  /** Runs one call, counted as in flight until it settles. */
  async around<T>(call: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await call();
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolves once calls already queued have been taken up and none is in flight. */
  async idle(): Promise<void> {
    // A macrotask first: messages already waiting in the worker's queue start before we look.
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (this.inFlight > 0) await new Promise<void>((wake) => this.waiters.push(wake));
  }
}

/**
 * The vault core's serialized unit of work, as Actual Budget's `sequential` mutators: every write
 * (a save, a sync's merge, a step of a key change, a draft kept) and the lock run one at a time,
 * in the order they were asked for. A write never interleaves with another at an `await`, and a
 * lock asked for during a save waits for that save to commit before the keys are zeroed.
 *
 * Work in the queue must never wait for the queue itself (that would wait forever): a unit of work
 * gets what it needs to write passed in, and never calls back into the queue.
 */
export class WorkQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  run<T>(work: () => Promise<T>): Promise<T> {
    this.waiting += 1;
    const result = this.tail.then(work).finally(() => {
      this.waiting -= 1;
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Units asked for and not finished yet (the one running included). */
  get pending(): number {
    return this.waiting;
  }
}

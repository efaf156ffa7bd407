/**
 * The vault core's clock in the worker: the window's. Each request brings the window's time, and
 * the worker keeps the difference from its own, so "now" in the core is the now on the peer's
 * screen (in the app the two are the same clock; a test that sets the window's clock sets both).
 */
import type { Clock } from '../vault/clock';

export class WindowClock implements Clock {
  private offset = 0;

  follow(windowNow: number): void {
    if (Number.isFinite(windowNow)) this.offset = windowNow - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offset);
  }
}

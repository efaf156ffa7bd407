/**
 * Hybrid logical clock stamps (Actual Budget's form): a fixed-width string that sorts as text.
 *
 *   2026-11-23T06:49:41.123Z-0000-0123456789abcdef
 *   wall time (ms, ISO)     counter device id (16 hex)
 *
 * Every save takes a stamp greater than any the device has made or seen, so revisions order the
 * same way on every device. A remote stamp far ahead of this computer's clock is refused instead
 * of being absorbed: one computer with a wrong date must not drag every other clock forward.
 */

export const MAX_CLOCK_DRIFT_MS = 5 * 60 * 1000;
const MAX_COUNTER = 0xffff;
const STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

export interface ClockState {
  millis: number;
  counter: number;
}

export interface ParsedStamp extends ClockState {
  deviceId: string;
}

export class ClockDriftError extends Error {
  constructor(readonly aheadByMs: number) {
    super(
      `Changes arrived stamped ${Math.round(aheadByMs / 60000)} minutes ahead of this computer's clock. This computer's clock is off (or the other one's is): set the date and time correctly, then sync again.`,
    );
    this.name = 'ClockDriftError';
  }
}

export function formatStamp({ millis, counter, deviceId }: ParsedStamp): string {
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${deviceId}`;
}

export function parseStamp(stamp: string): ParsedStamp {
  const match = STAMP_PATTERN.exec(stamp);
  if (!match) throw new TypeError(`not a revision stamp: ${stamp.slice(0, 60)}`);
  return { millis: Date.parse(match[1]!), counter: parseInt(match[2]!, 16), deviceId: match[3]! };
}

export const isStamp = (value: string): boolean => STAMP_PATTERN.test(value);

export function isDeviceId(value: string): boolean {
  return /^[0-9a-f]{16}$/.test(value);
}

/** A device's clock. Callers persist `state` after the batch that advanced it commits. */
export class HybridClock {
  private current: ClockState;

  constructor(
    readonly deviceId: string,
    state: ClockState = { millis: 0, counter: 0 },
    private readonly now: () => number = Date.now,
  ) {
    if (!isDeviceId(deviceId)) throw new TypeError('a device id is 16 hex digits');
    this.current = { ...state };
  }

  get state(): ClockState {
    return { ...this.current };
  }

  /** A new stamp for a local change: later than every stamp made or seen here. */
  next(): string {
    const wall = this.now();
    const millis = Math.max(wall, this.current.millis);
    const counter = millis === this.current.millis ? this.current.counter + 1 : 0;
    if (counter > MAX_COUNTER) throw new Error('more than 65,535 changes in one millisecond');
    this.current = { millis, counter };
    return formatStamp({ millis, counter, deviceId: this.deviceId });
  }

  /** Takes in a stamp seen from another device, refusing one too far ahead of the wall clock. */
  observe(remoteStamp: string): void {
    const remote = parseStamp(remoteStamp);
    const wall = this.now();
    if (remote.millis - wall > MAX_CLOCK_DRIFT_MS) throw new ClockDriftError(remote.millis - wall);
    const millis = Math.max(wall, this.current.millis, remote.millis);
    let counter: number;
    if (millis === this.current.millis && millis === remote.millis) counter = Math.max(this.current.counter, remote.counter) + 1;
    else if (millis === this.current.millis) counter = this.current.counter + 1;
    else if (millis === remote.millis) counter = remote.counter + 1;
    else counter = 0;
    if (counter > MAX_COUNTER) throw new Error('more than 65,535 changes in one millisecond');
    this.current = { millis, counter };
  }
}

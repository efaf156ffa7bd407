import { describe, expect, it } from 'vitest';
import { ClockDriftError, formatStamp, HybridClock, MAX_CLOCK_DRIFT_MS, parseStamp } from '@shared/sync/hlc';

const DEVICE_A = '00000000000000aa';
const DEVICE_B = '00000000000000bb';
const T0 = Date.parse('2026-11-23T06:49:41.123Z');

describe('hybrid logical clock', () => {
  it('stamps have the fixed sortable form: ISO time, 4-hex counter, 16-hex device', () => {
    const clock = new HybridClock(DEVICE_A, undefined, () => T0);
    expect(clock.next()).toBe('2026-11-23T06:49:41.123Z-0000-00000000000000aa');
    expect(clock.next()).toBe('2026-11-23T06:49:41.123Z-0001-00000000000000aa');
  });

  it('stamps only grow, even when the wall clock steps back', () => {
    let wall = T0;
    const clock = new HybridClock(DEVICE_A, undefined, () => wall);
    const stamps = [clock.next()];
    wall -= 10_000;
    stamps.push(clock.next(), clock.next());
    wall += 60_000;
    stamps.push(clock.next());
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('a stamp made after seeing a remote one sorts after it', () => {
    const a = new HybridClock(DEVICE_A, undefined, () => T0);
    const b = new HybridClock(DEVICE_B, undefined, () => T0 - 1000);
    const remote = a.next();
    b.observe(remote);
    expect(b.next() > remote).toBe(true);
  });

  it('refuses a remote stamp far ahead of this computer, and stays where it was', () => {
    const clock = new HybridClock(DEVICE_A, undefined, () => T0);
    const before = clock.state;
    const ahead = formatStamp({ millis: T0 + MAX_CLOCK_DRIFT_MS + 1, counter: 0, deviceId: DEVICE_B });
    expect(() => clock.observe(ahead)).toThrow(ClockDriftError);
    expect(() => clock.observe(ahead)).toThrow(/clock is off/);
    expect(clock.state).toEqual(before);
  });

  it('round-trips stamps and rejects malformed ones', () => {
    const stamp = '2026-11-23T06:49:41.123Z-00ff-0123456789abcdef';
    expect(formatStamp(parseStamp(stamp))).toBe(stamp);
    expect(() => parseStamp('2026-11-23-0000-abc')).toThrow(TypeError);
    expect(() => new HybridClock('not-a-device')).toThrow(TypeError);
  });

  it('resumes from saved state', () => {
    const first = new HybridClock(DEVICE_A, undefined, () => T0);
    const last = first.next();
    const resumed = new HybridClock(DEVICE_A, first.state, () => T0 - 5000);
    expect(resumed.next() > last).toBe(true);
  });
});

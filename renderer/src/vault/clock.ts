/**
 * The vault core's clock, given to it once: every "now" the core and its handlers use (a revision
 * stamp, an audit event's time, a note's signing time, what is due today) comes from here, so tests
 * can set the time and nothing reads the system clock behind their back.
 */
import { localToday } from '@shared/records/dates';

/** The calendar day is shared with the main process and the admin tool; the vault's users import it from here. */
export { localToday };

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment on this computer's clock, "YYYY-MM-DDTHH:MM" (how meetings and note deadlines are written). */
export const localMoment = (now: Date = new Date()): string => `${localToday(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;

/** This computer's offset from UTC ("-05:00") on a local day at a local time ("HH:MM"), as FHIR times need. */
export function localOffsetAt(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const offset = -new Date(year!, month! - 1, day!, hours!, minutes!).getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

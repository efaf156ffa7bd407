/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, and the little arithmetic the rules need.
 *
 * Rules that depend on "today" take it as a parameter and never read the clock: a status is
 * recomputed from today every time it is shown, so it can never go stale, and tests can move
 * "today" wherever they like. Arithmetic is done on the date alone (in UTC), so no time zone or
 * daylight-saving change can shift a day.
 */
import { z } from 'zod';

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How close a review date must be before it is "due soon" (agreements, limits of confidentiality). */
export const DUE_SOON_DAYS = 14;

export const isoDate = (message: string) => z.iso.date({ error: message });

/** A date and time, with or without an offset (a form's datetime-local value has none). */
export const isoDateTime = (message: string) => z.iso.datetime({ offset: true, local: true, error: message });

/** An optional date: empty when not known yet, as in the person record. */
export const optionalIsoDate = (message: string) => z.union([z.literal(''), isoDate(message)]).default('');

function utcDay(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new TypeError(`not an ISO date: ${date.slice(0, 40)}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const fromUtcDay = (millis: number): string => new Date(millis).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtcDay(utcDay(date) + days * DAY_MS);
}

/** Adds days that are neither Saturday nor Sunday (public holidays are not known here, so they count). */
export function addBusinessDays(date: string, days: number): string {
  let day = date;
  for (let left = days; left > 0;) {
    day = addDays(day, 1);
    const weekday = new Date(utcDay(day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day;
}

/** Adds calendar months, keeping the day where it exists (January 31 + 1 month = February 28 or 29). */
export function addMonths(date: string, months: number): string {
  const start = new Date(utcDay(date));
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return fromUtcDay(target.getTime());
}

export const addYears = (date: string, years: number): string => addMonths(date, 12 * years);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/**
 * The calendar date of a date-time as it was written down. A signature time recorded with the
 * local offset keeps the local date; one recorded in UTC keeps the UTC date.
 */
export const datePart = (dateTime: string): string => dateTime.slice(0, 10);

/** "March 4, 2026": how a date reads in a message. */
export function formatDate(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  return `${MONTHS[Number(match[2]) - 1] ?? match[2]} ${Number(match[3])}, ${match[1]}`;
}

const FORMATTED_DATE = new RegExp(`^(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})$`);

/** "10:50 AM", "1:45 PM": how a clock time ("HH:MM", 24-hour) reads in a message; anything else as written. */
export function formatClockTime(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  return `${hours % 12 === 0 ? 12 : hours % 12}:${match[2]} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** The "HH:MM" clock time a formatClockTime text stands for ("1:45 PM" is 13:45), or null for anything else. */
export function parseFormattedClockTime(text: string): string | null {
  const match = /^(1[0-2]|[1-9]):([0-5]\d) (AM|PM)$/.exec(text);
  if (!match) return null;
  const hours = (Number(match[1]) % 12) + (match[3] === 'PM' ? 12 : 0);
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** The ISO date a formatDate text stands for ("March 4, 2026" is 2026-03-04), or null for anything else. */
export function parseFormattedDate(text: string): string | null {
  const match = FORMATTED_DATE.exec(text);
  if (!match) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${match[3]}-${pad(MONTHS.indexOf(match[1]!) + 1)}-${pad(Number(match[2]))}`;
}

export type DueState = 'overdue' | 'due-soon' | null;

/** Overdue once the day has passed; due soon from `soonDays` before it up to the day itself. */
export function dueState(dueDate: string, today: string, soonDays: number = DUE_SOON_DAYS): DueState {
  if (dueDate < today) return 'overdue';
  if (dueDate <= addDays(today, soonDays)) return 'due-soon';
  return null;
}

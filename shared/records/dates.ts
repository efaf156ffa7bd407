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

const pad = (n: number) => String(n).padStart(2, '0');

/** A day on this computer's calendar, "YYYY-MM-DD" (not UTC: a note written at 9 pm is that day's). */
export const localToday = (now: Date = new Date()): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

export type DueState = 'overdue' | 'due-soon' | null;

/** Overdue once the day has passed; due soon from `soonDays` before it up to the day itself. */
export function dueState(dueDate: string, today: string, soonDays: number = DUE_SOON_DAYS): DueState {
  if (dueDate < today) return 'overdue';
  if (dueDate <= addDays(today, soonDays)) return 'due-soon';
  return null;
}

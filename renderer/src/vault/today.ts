/** Today's date on this computer's calendar (not UTC: a note written at 9 pm is today's). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** This moment on this computer's clock, as "YYYY-MM-DDTHH:MM" (how note deadlines are written). */
export function localNow(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localToday(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

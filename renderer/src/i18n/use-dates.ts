/** Dates and times as the chosen language writes them ("June 30, 2027", "30 de junio de 2027"). */
import { LANGUAGES, perLanguage, type Language } from '@shared/languages';
import { useCurrentLanguage } from './use-language';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Dates = ReturnType<typeof makeDates>;

/** Date formatting in one language, for the screens (useDates) and for pages made in a chosen language; made once per language. */
export const datesIn: (language: Language) => Dates = perLanguage(makeDates);

function makeDates(language: Language) {
  const { locale } = LANGUAGES[language];
  // A calendar date is a day, not a moment: formatted in UTC so no time zone can shift it.
  const calendar = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
  return {
    /** A calendar date (YYYY-MM-DD); anything else is shown as it was written. */
    date(date: string): string {
      const match = ISO_DATE.exec(date);
      return match ? calendar.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : date;
    },
    /** A time of day as a note writes it ("HH:MM", 24-hour): "10:50 AM", "10:50 a.m."; anything else as written. */
    clockTime(time: string): string {
      const match = /^(\d{2}):(\d{2})$/.exec(time);
      return match ? clock.format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]))) : time;
    },
    /** A moment (an ISO date-time, or a form's local one), in this computer's time zone. */
    dateTime(moment: string, dateStyle: 'long' | 'medium' = 'long'): string {
      return new Date(moment).toLocaleString(locale, { dateStyle, timeStyle: 'short' });
    },
  };
}

export function useDates(): Dates {
  return datesIn(useCurrentLanguage());
}

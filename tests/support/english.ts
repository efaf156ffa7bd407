/** The rules' messages as their English, for tests that read what a peer would read. */
import { inEnglish, isMessage, messageOfIssue } from '@shared/messages';

type English<T> = T extends { key: string }
  ? string
  : T extends readonly (infer E)[]
    ? English<E>[]
    : T extends object
      ? { [K in keyof T]: English<T[K]> }
      : T;

/** Every message in a value (a list, a result, a note) turned into its English; everything else as it is. */
export function english<T>(value: T): English<T> {
  if (isMessage(value)) return inEnglish(value) as English<T>;
  if (Array.isArray(value)) return value.map((each: unknown) => english(each)) as English<T>;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([name, each]) => [name, english(each)])) as English<T>;
  return value as English<T>;
}

/** A zod issue's message, in English. */
export const englishOfIssue = (issue: Parameters<typeof messageOfIssue>[0]): string => inEnglish(messageOfIssue(issue));

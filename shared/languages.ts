/**
 * The languages the app can be shown in: each named in its own words (so anyone can find theirs)
 * and the locale its dates are written in. Free of i18next, so the vault can check a choice.
 */
export const LANGUAGES = {
  en: { name: 'English', locale: 'en-US' },
  es: { name: 'Español', locale: 'es-US' },
} as const;

export type Language = keyof typeof LANGUAGES;

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && Object.hasOwn(LANGUAGES, value);

/** The choices, for a language select: each language named in its own words. */
export const LANGUAGE_CHOICES = Object.entries(LANGUAGES).map(([code, { name }]) => ({ value: code as Language, label: name }));

/** Before any setting exists (the first run): the computer's own language, if the app speaks it. */
export function languageOfThisComputer(preferred: readonly string[]): Language {
  return preferred.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLanguage) ?? 'en';
}

/** `make` for each language, made the first time that language asks and kept: formatters cost far more to make than to use. */
export function perLanguage<T>(make: (language: Language) => T): (language: Language) => T {
  const made = new Map<Language, T>();
  return (language) => {
    if (!made.has(language)) made.set(language, make(language));
    return made.get(language)!;
  };
}

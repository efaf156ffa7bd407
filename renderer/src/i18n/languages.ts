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

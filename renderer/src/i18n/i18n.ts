/**
 * i18next, set up once for the whole window: every language's words are bundled (nothing is
 * fetched), English until the peer's choice is read from the vault, and English for anything
 * another language lacks.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { es } from './locales/es';
import { LANGUAGES, type Language } from '@shared/languages';

const resources = { en: { translation: en }, es: { translation: es } } satisfies Record<Language, { translation: unknown }>;

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: Object.keys(LANGUAGES),
  initAsync: false,
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
});

export { i18n };

/**
 * i18next, set up once for the whole window: every language's words are bundled (nothing is
 * fetched), English until the peer's choice is read from the vault, and English for anything
 * another language lacks. The screens' words are the 'translation' namespace; the rules'
 * messages (shared/messages.ts) are 'messages', worded by render-message.ts.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { es } from './locales/es';
import { LANGUAGES, type Language } from '@shared/languages';
import { MESSAGES } from '@shared/messages';
import { messagesEs } from './messages.es';

const resources = {
  en: { translation: en, messages: MESSAGES },
  es: { translation: es, messages: messagesEs },
} satisfies Record<Language, { translation: unknown; messages: unknown }>;

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

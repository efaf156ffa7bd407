/**
 * Shows the app in the peer's language: i18next switches every screen, and <html lang> tells
 * screen readers and the spell checker which language they are reading. Applied before paint,
 * so a lock screen never flashes in the other language.
 */
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from './i18n';
import { isLanguage, type Language } from '@shared/languages';

export function useLanguage(language: Language | undefined): void {
  useLayoutEffect(() => {
    if (!language) return;
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);
}

/** The language the screens are showing now (English until the peer's choice is read). */
export function useCurrentLanguage(): Language {
  const { i18n: current } = useTranslation();
  return isLanguage(current.language) ? current.language : 'en';
}

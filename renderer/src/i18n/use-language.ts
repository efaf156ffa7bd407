/**
 * Shows the app in the peer's language: i18next switches every screen, and <html lang> tells
 * screen readers and the spell checker which language they are reading. Applied before paint,
 * so a lock screen never flashes in the other language.
 */
import { useLayoutEffect } from 'react';
import { i18n } from './i18n';
import type { Language } from './languages';

export function useLanguage(language: Language | undefined): void {
  useLayoutEffect(() => {
    if (!language) return;
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language]);
}

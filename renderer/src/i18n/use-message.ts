/** The rules' messages in the language the screens are showing. */
import { useCallback } from 'react';
import { VaultCallError } from '../ui/vault-client';
import { translateMessage } from './translate-message';
import { useCurrentLanguage } from './use-language';

/**
 * An error's message in parts: a vault error made of several rules' messages carries them one by
 * one, so each can be translated.
 */
export function messagesOf(caught: unknown): readonly string[] {
  if (caught instanceof VaultCallError) return caught.messages;
  return [caught instanceof Error ? caught.message : String(caught)];
}

/** Translates one message, or several (joined with a space, as the English joins them). */
export function useMessage(): (english: string | readonly string[]) => string {
  const language = useCurrentLanguage();
  return useCallback(
    (english: string | readonly string[]) =>
      (typeof english === 'string' ? [english] : english).map((message) => translateMessage(message, language)).join(' '),
    [language],
  );
}

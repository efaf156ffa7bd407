/** The rules' messages in the language the screens are showing. */
import { useCallback } from 'react';
import { MessageError, say, type Message } from '@shared/messages';
import { VaultCallError } from '../ui/vault-client';
import { renderMessage } from './render-message';
import { useCurrentLanguage } from './use-language';

/**
 * What a failure says, as messages: a vault or rule error carries its own; anything else (a fault
 * in the app, a system error) is never shown raw, only as a general message.
 */
export function messagesOf(caught: unknown): readonly Message[] {
  if ((caught instanceof VaultCallError || caught instanceof MessageError) && caught.messages.length > 0) return caught.messages;
  return [say('common.unexpected')];
}

/** Words one message, or several (joined with a space, as sentences). */
export function useMessage(): (message: Message | readonly Message[]) => string {
  const language = useCurrentLanguage();
  return useCallback((message: Message | readonly Message[]) => renderMessage(message, language), [language]);
}

/** Input from the window, parsed by a rule's schema: its checks say messages for peers, so all are shown, each once. */
import type { z } from 'zod';
import { messagesOfIssues } from '@shared/messages';
import { InvalidInputError } from './errors';

export function parseOrExplain<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError(messagesOfIssues(parsed.error.issues));
  return parsed.data;
}

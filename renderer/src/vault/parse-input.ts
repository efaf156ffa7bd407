/** Input from the window, parsed by a rule's schema: zod's messages are written for peers, so all are shown, each once. */
import type { z } from 'zod';
import { InvalidInputError } from './errors';

export function parseOrExplain<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError([...new Set(parsed.error.issues.map((issue) => issue.message))]);
  return parsed.data;
}

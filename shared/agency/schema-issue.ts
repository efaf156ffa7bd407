/** zod's complaints, worded for the IT person who wrote the file: the field, then what it must be. */
import type { z } from 'zod';
import { MESSAGES, messageOfIssue, partInEnglish, say, type Message } from '../messages';

/** "recoveryKeys[0].fingerprint" from a path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    '',
  );
}

/**
 * One problem as a message; `field` prefixes the path when the value checked sits inside a
 * document. The check's own text is a message key (policy-settings.ts words every check so).
 */
export function schemaIssueMessage(issue: z.core.$ZodIssue, field?: string): Message {
  const problem =
    issue.code === 'unrecognized_keys'
      ? say('policy.issue.unknownFields', { fields: issue.keys.map((key) => `"${key}"`).join(', ') })
      : messageOfIssue(issue);
  const name = fieldName([...(field ? [field] : []), ...issue.path]);
  return name ? say('policy.issue.field', { field: name, problem }) : problem;
}

/**
 * One line per problem in English, for agency.json at build time: its checks are worded in
 * English as they are, and the settings' checks by their messages.
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys' || Object.hasOwn(MESSAGES, issue.message)) return partInEnglish(schemaIssueMessage(issue));
  const name = fieldName(issue.path);
  return name ? `${name}: ${issue.message}` : issue.message;
}

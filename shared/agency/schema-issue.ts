/** zod's complaints, worded for the IT person who wrote the file: the field, then what it must be. */
import type { z } from 'zod';

/** "recoveryKeys[0].fingerprint" from a path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    '',
  );
}

/** One line per problem; `field` prefixes the path when the value checked sits inside a document. */
export function describeSchemaIssue(issue: z.core.$ZodIssue, field?: string): string {
  const message =
    issue.code === 'unrecognized_keys'
      ? `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a field Peer Notebook knows here (check the spelling)`
      : issue.message;
  const name = fieldName([...(field ? [field] : []), ...issue.path]);
  return name ? `${name}: ${message}` : message;
}

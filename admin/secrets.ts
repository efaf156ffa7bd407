/**
 * Passphrases and recovery codes for the admin tool: from an environment variable (for scripts),
 * otherwise typed at a prompt. Never from the command line, where other users and shell history
 * would see them.
 */
import type { AdminIo } from './admin-io';
import { AdminError } from './admin-errors';

export const SECRET_VARIABLES = {
  agencyPassphrase: 'PEER_NOTEBOOK_AGENCY_PASSPHRASE',
  notebookPassphrase: 'PEER_NOTEBOOK_PASSPHRASE',
  recoveryCode: 'PEER_NOTEBOOK_RECOVERY_CODE',
} as const;

export type SecretName = keyof typeof SECRET_VARIABLES;

export async function readSecret(io: AdminIo, name: SecretName, question: string): Promise<string> {
  const variable = SECRET_VARIABLES[name];
  const fromEnv = io.env[variable];
  if (fromEnv) return fromEnv;
  const typed = await io.askSecret(question);
  if (!typed)
    throw new AdminError(`No ${question.replace(/:\s*$/, '').toLowerCase()} was given. Type it at the prompt, or set ${variable}.`);
  return typed;
}

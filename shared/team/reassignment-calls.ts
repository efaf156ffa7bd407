/**
 * The host calls a supervisor's app reassigns a departed peer's caseload with (reassignment.ts):
 * the window picks the files by native dialog and knows each by an opaque token, starts the work
 * in the main process, and asks how it goes: once the backup is read it says whose notebook it
 * is, and waits for the supervisor to send it or go back. The passphrases cross once, to open the
 * agency's key files in the main process; nothing in clear comes back.
 */
import { z } from 'zod';
import { isMessage, type Message } from '../messages';
import { TEAM_ID } from './team-directory';

const Token = z.string().regex(/^[0-9a-f]{32}$/);
const MemberId = z.string().regex(TEAM_ID);
const Passphrase = z.string().min(1).max(1024);
const Count = z.number().int().nonnegative();

/** Which file a dialog picks: the departed peer's backup, the agency's recovery key file, or its policy-signing key file. */
export const ReassignmentFile = z.enum(['backup', 'recovery-key', 'policy-key']);
export type ReassignmentFile = z.infer<typeof ReassignmentFile>;

export const ReassignmentFileChoice = z.object({ file: Token, name: z.string().max(4096) });
export type ReassignmentFileChoice = z.infer<typeof ReassignmentFileChoice>;

export const ReassignmentRequest = z
  .object({
    backup: Token,
    recoveryKey: Token,
    recoveryPassphrase: Passphrase,
    policyKey: Token,
    policyPassphrase: Passphrase,
    /** The peer who receives the caseload; whose it is, the backup says. */
    to: MemberId,
  })
  .strict();
export type ReassignmentRequest = z.infer<typeof ReassignmentRequest>;

/**
 * How a reassignment goes: checking the team and keys, reading the backup, then ready (sealed,
 * waiting for the supervisor's word: whose notebook it is and how many people go), sending; then
 * sent, or stopped with why (going back from ready stops it too).
 */
export const ReassignmentStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('checking') }),
  z.object({ state: z.literal('reading'), bytesRead: Count, bytesTotal: Count }),
  z.object({ state: z.literal('ready'), from: MemberId, people: Count }),
  z.object({ state: z.literal('sending') }),
  z.object({ state: z.literal('sent'), from: MemberId, people: Count, records: Count, historyLines: Count, unreadableHistory: Count }),
  z.object({ state: z.literal('failed'), problems: z.array(z.custom<Message>(isMessage)).min(1).max(20) }),
]);
export type ReassignmentStatus = z.infer<typeof ReassignmentStatus>;

/** The supervisor's word on a reassignment that is ready: send it, or go back (it is dropped). */
export const ReassignmentAnswer = z.enum(['send', 'cancel']);
export type ReassignmentAnswer = z.infer<typeof ReassignmentAnswer>;

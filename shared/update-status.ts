/**
 * What the main process tells the renderer about updates from the agency's feed, and its answer
 * when the peer asks to restart into one. Schemas, so the host API checks them like every message.
 */
import { z } from 'zod';

export const UpdateStatus = z.discriminatedUnion('state', [
  /** The build names no update feed. */
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('idle') }),
  z.object({ state: z.literal('checking') }),
  /** Found, on a metered (or unknown) connection: waiting for the peer to say "download". */
  z.object({ state: z.literal('waiting-for-consent'), version: z.string() }),
  z.object({ state: z.literal('downloading'), version: z.string() }),
  /** Downloaded: installs on quit, or on a restart the peer asks for with nothing unsaved. */
  z.object({ state: z.literal('ready'), version: z.string() }),
  /** Why, for the window to word: the feed was not reached (offline, the usual case); the download failed its integrity check; anything else. */
  z.object({ state: z.literal('failed'), problem: z.enum(['not-reached', 'not-verified', 'other']) }),
]);
export type UpdateStatus = z.infer<typeof UpdateStatus>;

export const InstallAnswer = z.discriminatedUnion('installing', [
  z.object({ installing: z.literal(true) }),
  z.object({ installing: z.literal(false), reason: z.enum(['no-update-ready', 'unsaved-work']) }),
]);
export type InstallAnswer = z.infer<typeof InstallAnswer>;

/**
 * The team routes of the sync server (docs/SERVER.md, "Teams"), shared by the server and the app:
 *
 *   GET  /v1/team                   who I am on the team (member id, role) and the signed list
 *   PUT  /v1/team/keys              my app's public keys, for the agency to list
 *   POST /v1/team/mail/:recipient   one sealed envelope (octet-stream) for a member
 *   GET  /v1/team/mail?after=N      a page of envelopes sealed to me, after N
 *
 * Signed by a device like every sync route; a device acts as its account's member. A member the
 * agency removed is refused every one of them.
 */
import { z } from 'zod';
import { TEAM_ID, TeamRole } from './team-directory';
import { PUBLIC_KEY_TEXT } from './team-identity';

export const TEAM_PATHS = {
  team: '/v1/team',
  keys: '/v1/team/keys',
  mail: '/v1/team/mail',
} as const;

/** A mail page holds envelopes up to about this many bytes (one larger envelope goes alone). */
export const MAIL_PAGE_BYTES = 4 * 1024 * 1024;

/** A team route's refusals beyond the sync ones: not on a team, taken off it, or writing to someone not (or no longer) on it. */
export const TeamRefusal = z.object({ error: z.enum(['not-a-member', 'removed', 'recipient-unknown']) });
export type TeamRefusal = z.infer<typeof TeamRefusal>;

export const TeamReply = z.object({
  memberId: z.string().regex(TEAM_ID),
  teamId: z.string().regex(TEAM_ID),
  role: TeamRole,
  /** The signed list as the admin tool published it (JSON text), or null before the first. */
  directory: z.string().nullable(),
});
export type TeamReply = z.infer<typeof TeamReply>;

export const KeysBody = z.object({ signingKey: z.string().regex(PUBLIC_KEY_TEXT), sealingKey: z.string().regex(PUBLIC_KEY_TEXT) });
export type KeysBody = z.infer<typeof KeysBody>;

export const MailPosted = z.object({ seq: z.number().int().positive() });

export const MailPage = z.object({
  head: z.number().int().nonnegative(),
  /** Each envelope: its number for me and its bytes (URL-safe base64). */
  mail: z.array(z.object({ seq: z.number().int().positive(), bytes: z.string() })),
});
export type MailPage = z.infer<typeof MailPage>;
